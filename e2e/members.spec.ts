import { expect, test } from "@playwright/test";
import { contextAs, SIGNED_OUT } from "./accounts";

const WORKSPACE = "Demo newsroom";

// An owner invites a new person by link (no mail server), the person creates an
// account from the invitation, joins, sees the workspace's private board, and
// the owner changes their role.
test("an owner invites a new person by link, they join and see the private board, and the owner changes their role", async ({
  browser,
}) => {
  const run = Date.now().toString(36);
  const newcomer = { name: `Nia Newcomer ${run}`, email: `nia-${run}@example.test`, password: "a-long-enough-password" };
  const boardTitle = `Members spec private board ${run}`;

  const ownerContext = await contextAs(browser, "owner");
  await ownerContext.grantPermissions(["clipboard-read", "clipboard-write"]);
  const created = await ownerContext.request.post("/api/boards", {
    data: { title: boardTitle, article: { text: "A private draft for the newsroom only. It names no sources yet." } },
  });
  expect(created.status()).toBe(201);
  const boardId = ((await created.json()) as { id: string }).id;

  // The owner finds the members page from the home page and creates a link for a checker.
  const owner = await ownerContext.newPage();
  await owner.goto("/");
  await expect(owner.getByRole("heading", { name: "Your workspaces" })).toBeVisible();
  await owner.getByRole("link", { name: `Members of ${WORKSPACE}` }).click();
  await expect(owner.getByRole("heading", { level: 1, name: `${WORKSPACE}: members` })).toBeVisible();
  await owner.getByLabel("Role", { exact: true }).selectOption("checker");
  await owner.getByLabel("Note (optional)").fill(newcomer.name);
  await owner.getByRole("button", { name: "Create invitation link" }).click();

  const linkField = owner.getByRole("textbox", { name: "Invitation link" });
  await expect(linkField).toHaveValue(/\/invite\/[A-Za-z0-9_-]{43}$/);
  const link = await linkField.inputValue();
  await owner.getByRole("button", { name: "Copy link" }).click();
  const copied = owner.getByText("✓ Link copied.", { exact: false });
  const fallback = owner.getByText("could not be copied automatically", { exact: false });
  await expect(copied.or(fallback)).toBeVisible();
  if (await copied.isVisible()) expect(await owner.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await expect(owner.getByRole("button", { name: `Revoke checker invitation for ${newcomer.name}` })).toBeVisible();

  // A new person, signed out in a fresh browser, opens the link and creates an account from it.
  const guestContext = await browser.newContext({ storageState: SIGNED_OUT });
  const guest = await guestContext.newPage();
  await guest.goto(link);
  await expect(guest.getByRole("heading", { level: 1, name: `Join ${WORKSPACE} as checker` })).toBeVisible();
  await guest.getByRole("link", { name: "Create an account" }).click();
  await expect(guest).toHaveURL(/\/sign-up\?next=%2Finvite%2F/);
  await guest.getByLabel("Name").fill(newcomer.name);
  await guest.getByLabel("Email").fill(newcomer.email);
  await guest.getByLabel("Password").fill(newcomer.password);
  await guest.getByRole("button", { name: "Create account" }).click();

  // Back on the invitation, signed in: one click joins.
  await expect(guest.getByText(`You are signed in as ${newcomer.name}`)).toBeVisible();
  await guest.getByRole("button", { name: "Join workspace" }).click();
  await expect(guest.getByRole("heading", { name: "Your workspaces" })).toBeVisible();
  const workspaceItem = guest.getByRole("listitem").filter({ hasText: WORKSPACE });
  await expect(workspaceItem).toContainText("Checker");

  // The private board is theirs to read now; a checker can't change who sees it.
  await guest.getByRole("link", { name: boardTitle }).click();
  await expect(guest.getByRole("heading", { level: 1, name: boardTitle })).toBeVisible();
  await expect(guest.getByTestId("board-visibility")).toContainText("Private");
  await expect(guest.getByRole("button", { name: "Make public" })).toHaveCount(0);

  // The link worked once.
  const lateContext = await browser.newContext({ storageState: SIGNED_OUT });
  const late = await lateContext.newPage();
  await late.goto(link);
  await expect(late.getByRole("heading", { level: 1, name: "This invitation can't be used" })).toBeVisible();
  await expect(late.getByText("This invitation link has already been used.", { exact: false })).toBeVisible();

  // The owner sees the newcomer, makes them an editor; the invitation is no longer pending.
  await owner.reload();
  await expect(owner.getByRole("row", { name: new RegExp(newcomer.name) })).toContainText(newcomer.email);
  await expect(owner.getByRole("button", { name: `Revoke checker invitation for ${newcomer.name}` })).toHaveCount(0);
  // Choosing a role changes nothing until it is applied.
  await owner.getByLabel(`Role of ${newcomer.name}`).selectOption("editor");
  await expect(owner.getByText(`${newcomer.name} is now`)).toHaveCount(0);
  await owner.getByRole("button", { name: `Change role of ${newcomer.name} to Editor` }).click();
  await expect(owner.getByText(`${newcomer.name} is now an editor.`)).toBeVisible();
  await expect(owner.getByRole("button", { name: `Change role of ${newcomer.name} to Editor` })).toHaveCount(0);

  // As an editor they may now publish the board: the switch appears for them.
  await guest.reload();
  await expect(guest.getByRole("button", { name: "Make public" })).toBeVisible();
  await guest.getByRole("button", { name: "Make public" }).click();
  await expect(guest.getByText("Anyone with the link will be able to read this board", { exact: false })).toBeVisible();
  await guest.getByRole("button", { name: "Yes, make public" }).click();
  await expect(guest.getByTestId("board-visibility")).toContainText("Public");
  await expect(guest.getByRole("button", { name: "Make private" })).toBeVisible();
  expect((await late.request.get(`/api/boards/${boardId}`)).status()).toBe(200);

  await Promise.all([ownerContext.close(), guestContext.close(), lateContext.close()]);
});

test("someone who is not a member gets 404 for a workspace's members page", async ({ browser }) => {
  const owner = await contextAs(browser, "owner");
  const workspaces = await owner.newPage();
  await workspaces.goto("/");
  const href = await workspaces.getByRole("link", { name: `Members of ${WORKSPACE}` }).getAttribute("href");
  expect(href).toMatch(/^\/workspaces\/[^/]+\/members$/);
  const outsider = await browser.newContext({ storageState: SIGNED_OUT });
  const response = await (await outsider.newPage()).goto(href!);
  expect(response?.status()).toBe(404);
  expect((await outsider.request.get(`/api${href}`)).status()).toBe(404);
  await Promise.all([owner.close(), outsider.close()]);
});

test("the members API refuses what a role may not do, with clear 4xx, and changes nothing", async ({ browser }) => {
  const owner = await contextAs(browser, "owner");
  const checker = await contextAs(browser, "checker");
  const anonymous = await browser.newContext({ storageState: SIGNED_OUT });
  const home = await owner.newPage();
  await home.goto("/");
  const href = (await home.getByRole("link", { name: `Members of ${WORKSPACE}` }).getAttribute("href"))!;
  const api = `/api${href.replace(/\/members$/, "")}`;
  const members = async () =>
    ((await (await owner.request.get(`${api}/members`)).json()) as { members: { userId: string; email: string; role: string }[] }).members;
  const before = await members();
  const checkerId = before.find((m) => m.email === "checker@demo.claimgraph.test")!.userId;

  // A checker reads the list but may not change roles, remove others or invite.
  expect((await checker.request.get(`${api}/members`)).status()).toBe(200);
  const patch = await checker.request.patch(`${api}/members/${checkerId}`, { data: { role: "owner" } });
  expect(patch.status()).toBe(403);
  expect((await checker.request.post(`${api}/invitations`, { data: { role: "owner" } })).status()).toBe(403);
  // Bad input: 400 naming the problem.
  const badRole = await owner.request.patch(`${api}/members/${checkerId}`, { data: { role: "admin" } });
  expect(badRole.status()).toBe(400);
  expect((await badRole.json()).error).toContain("role must be one of: owner, editor, checker, viewer");
  const longNote = await owner.request.post(`${api}/invitations`, { data: { role: "viewer", note: "x".repeat(201) } });
  expect(longNote.status()).toBe(400);
  expect((await longNote.json()).error).toContain("at most 200 characters");
  // Signed out: no members list, no accepting.
  expect((await anonymous.request.get(`${api}/members`)).status()).toBe(404);
  const accept = await anonymous.request.post("/api/invitations/accept", { data: { token: "A".repeat(43) } });
  expect(accept.status()).toBe(401);
  const unknown = await checker.request.post("/api/invitations/accept", { data: { token: "A".repeat(43) } });
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error).toContain("This invitation link is not valid.");

  expect(await members()).toEqual(before);
  await Promise.all([owner.close(), checker.close(), anonymous.close()]);
});
