import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { contextAs, SIGNED_OUT } from "./accounts";

// Teams and accounts: an editor renames, archives, restores and deletes a board (deletion typed and
// confirmed, and recorded); an owner makes a password-reset link that a member uses; a person changes
// their own name and password; someone starts and renames a workspace. Screens at desktop and phone size.

const SCREENS = "test-results/screens";
const SIZES = [
  { name: "desktop", width: 1440, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

async function screens(page: Page, name: string) {
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.screenshot({ path: `${SCREENS}/${name}-${size.name}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** A new person with an account and a session, a member of the demo workspace by invitation. */
async function newMember(browser: Browser, owner: BrowserContext, workspaceId: string, name: string) {
  const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const person = { name: `${name} ${run}`, email: `${name.split(" ")[0]!.toLowerCase()}-${run}@example.test`, password: "the first password" };
  const context = await browser.newContext({ storageState: SIGNED_OUT });
  expect((await context.request.post("/api/auth/sign-up/email", { data: person })).ok()).toBe(true);
  const signIn = await context.request.post("/api/auth/sign-in/email", { data: { email: person.email, password: person.password } });
  expect(signIn.ok()).toBe(true);
  const userId = ((await signIn.json()) as { user: { id: string } }).user.id;
  const invitation = await owner.request.post(`/api/workspaces/${workspaceId}/invitations`, { data: { role: "checker", note: person.name } });
  const { token } = (await invitation.json()) as { token: string };
  expect((await context.request.post("/api/invitations/accept", { data: { token } })).ok()).toBe(true);
  return { ...person, userId, context };
}

const signedInAs = async (context: BrowserContext) =>
  ((await (await context.request.get("/api/auth/get-session")).json()) as { user?: { email: string } } | null)?.user?.email ?? null;

test("an editor renames, archives, restores and deletes a board, the deletion typed out and recorded", async ({ page, request }) => {
  test.setTimeout(120_000);
  const run = Date.now().toString(36);
  const title = `Flood check ${run}`;
  const created = await request.post("/api/boards", { data: { title, article: { text: "The river flooded forty homes on Tuesday." } } });
  expect(created.status()).toBe(201);
  const boardId = ((await created.json()) as { id: string }).id;

  await page.goto("/");
  await page.getByRole("link", { name: `Settings of ${title}` }).click();
  await expect(page.getByRole("heading", { name: "Board settings" })).toBeVisible();
  const renamed = `${title}: Tuesday`;
  await page.getByLabel("Title", { exact: true }).fill(renamed);
  await page.getByRole("button", { name: "Save title" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Renamed to “${renamed}”.` })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible();
  await screens(page, "board-settings");

  // Archived: off the home list, on the Archived list, read-only.
  await page.getByRole("button", { name: "Archive board" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Archived: the board is read-only" })).toBeVisible();
  await expect(page.getByRole("note").filter({ hasText: "this board is read-only" })).toBeVisible();
  expect((await request.post(`/api/boards/${boardId}/claims`, { data: {} })).status()).toBeGreaterThanOrEqual(400);
  const write = await request.put(`/api/boards/${boardId}/visibility`, { data: { visibility: "public" } });
  expect(write.status()).toBe(409);
  expect(((await write.json()) as { error: string }).error).toMatch(/archived/);
  await page.goto("/");
  await expect(page.getByRole("link", { name: renamed, exact: true })).toHaveCount(0);
  await page.getByRole("link", { name: "Archived and deleted boards" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Archived boards" })).toBeVisible();
  await expect(page.getByRole("link", { name: renamed, exact: true })).toBeVisible();
  await screens(page, "archived-boards");
  await page.getByRole("button", { name: `Restore ${renamed}` }).click();
  await expect(page.getByRole("link", { name: renamed, exact: true })).toHaveCount(0);
  await page.goto("/");
  await expect(page.getByRole("link", { name: renamed, exact: true })).toBeVisible();

  // Deleting needs the exact title typed; then it is gone, said so, and recorded.
  await page.goto(`/boards/${boardId}/settings`);
  const confirm = page.getByLabel(/Type the board's title/);
  const remove = page.getByRole("button", { name: "Delete this board" });
  await expect(remove).toBeDisabled();
  await confirm.fill(renamed.toLowerCase());
  await expect(remove).toBeDisabled();
  await confirm.fill(renamed);
  await expect(remove).toBeEnabled();
  await remove.click();
  await expect(page.getByRole("status").filter({ hasText: `Deleted “${renamed}”.` })).toBeVisible();
  await expect(page.getByRole("link", { name: renamed, exact: true })).toHaveCount(0);
  expect((await request.get(`/api/boards/${boardId}`)).status()).toBe(404);
  await page.goto("/boards/archived");
  await expect(page.getByRole("region", { name: "Deleted boards" }).getByRole("listitem").filter({ hasText: renamed })).toContainText("deleted by Eda Editor");
});

test("an owner makes a password-reset link; the member sets a new password with it and is signed out elsewhere", async ({ browser }) => {
  test.setTimeout(120_000);
  const owner = await contextAs(browser, "owner");
  const { boards } = (await (await owner.request.get("/api/boards")).json()) as { boards: { id: string; title: string }[] };
  const { workspaceId } = (await (await owner.request.get(`/api/boards/${boards.find((b) => b.title.includes("Basra"))!.id}`)).json()) as { workspaceId: string };
  const member = await newMember(browser, owner, workspaceId, "Pat Reset");
  expect(await signedInAs(member.context)).toBe(member.email);

  const ownerPage = await owner.newPage();
  await ownerPage.goto(`/workspaces/${workspaceId}/members`);
  await ownerPage.getByLabel("Member", { exact: true }).selectOption({ label: `${member.name} (${member.email})` });
  await ownerPage.getByRole("button", { name: "Make password-reset link" }).click();
  const linkField = ownerPage.getByRole("textbox", { name: "Password-reset link" });
  await expect(linkField).toHaveValue(/\/reset-password\/[A-Za-z0-9_-]{43}$/);
  const link = await linkField.inputValue();
  await ownerPage.getByRole("region", { name: "New password-reset link" }).scrollIntoViewIfNeeded();
  await screens(ownerPage, "members-password-reset");

  const guestContext = await browser.newContext({ storageState: SIGNED_OUT });
  const guest = await guestContext.newPage();
  await guest.goto(link);
  await expect(guest.getByRole("heading", { level: 1, name: "Set a new password" })).toBeVisible();
  await expect(guest.getByText(member.name)).toBeVisible();
  await expectNoAxeViolations(guest);
  await screens(guest, "reset-password");
  // The form is named "New password" too: the field is the input of that name.
  const newPassword = guest.locator("input").and(guest.getByLabel("New password", { exact: true }));
  await newPassword.fill("a brand new password");
  await guest.getByLabel("New password again").fill("not the same password");
  await guest.getByRole("button", { name: "Set new password" }).click();
  // Next's route announcer is an alert too, outside main.
  await expect(guest.getByRole("main").getByRole("alert")).toHaveText("The two new passwords are not the same.");
  await guest.getByLabel("New password again").fill("a brand new password");
  await guest.getByRole("button", { name: "Set new password" }).click();
  await expect(guest.getByText("Your password is set.")).toBeVisible();

  // Their old session ended; the old password no longer works, the new one does; the link is spent.
  await expect.poll(() => signedInAs(member.context), { timeout: 10_000 }).toBeNull();
  expect((await guestContext.request.post("/api/auth/sign-in/email", { data: { email: member.email, password: member.password } })).status()).toBe(401);
  await guest.getByRole("main").getByRole("link", { name: "Sign in" }).click();
  await guest.getByLabel("Email").fill(member.email);
  await guest.getByLabel("Password").fill("a brand new password");
  await guest.getByRole("button", { name: "Sign in" }).click();
  await expect.poll(() => signedInAs(guestContext)).toBe(member.email);
  await guest.goto(link);
  await expect(guest.getByRole("heading", { level: 1, name: "This password-reset link can't be used" })).toBeVisible();
  await expect(guest.getByText("already used")).toBeVisible();
  await Promise.all([owner.close(), member.context.close(), guestContext.close()]);
});

test("a person changes their own name and password, and starts and renames a workspace", async ({ browser }) => {
  test.setTimeout(120_000);
  const owner = await contextAs(browser, "owner");
  const { boards } = (await (await owner.request.get("/api/boards")).json()) as { boards: { id: string; title: string }[] };
  const { workspaceId } = (await (await owner.request.get(`/api/boards/${boards.find((b) => b.title.includes("Basra"))!.id}`)).json()) as { workspaceId: string };
  const person = await newMember(browser, owner, workspaceId, "Sam Self");
  const elsewhere = await browser.newContext({ storageState: SIGNED_OUT });
  expect((await elsewhere.request.post("/api/auth/sign-in/email", { data: { email: person.email, password: person.password } })).ok()).toBe(true);

  const page = await person.context.newPage();
  await page.goto("/");
  await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await page.getByLabel("Your name").fill(`${person.name} (politics)`);
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByText("✓ Name saved.")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Account" })).toContainText(`${person.name} (politics)`);

  await page.getByLabel("Current password").fill("not my password");
  await page.getByLabel("New password", { exact: true }).fill("my second password");
  await page.getByLabel("New password again").fill("my second password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Your current password is not right. Nothing was changed.");
  await page.getByLabel("Current password").fill(person.password);
  await page.getByLabel("New password", { exact: true }).fill("my second password");
  await page.getByLabel("New password again").fill("my second password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("✓ Password changed.")).toBeVisible();
  await screens(page, "account");
  // Still signed in here; the other session ended.
  expect(await signedInAs(person.context)).toBe(person.email);
  await expect.poll(() => signedInAs(elsewhere), { timeout: 10_000 }).toBeNull();
  expect((await elsewhere.request.post("/api/auth/sign-in/email", { data: { email: person.email, password: "my second password" } })).ok()).toBe(true);

  // A workspace of their own, which they own and can rename.
  await page.goto("/");
  await page.getByRole("button", { name: "+ New workspace" }).click();
  await page.getByLabel("Workspace name").fill(`Sam's desk ${person.userId.slice(0, 4)}`);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You are its owner." })).toBeVisible();
  const item = page.getByRole("listitem").filter({ hasText: `Sam's desk ${person.userId.slice(0, 4)}` });
  await expect(item).toContainText("Owner");
  await item.getByRole("link", { name: /^Members of/ }).click();
  await page.getByLabel("Name", { exact: true }).fill(`Sam's politics desk ${person.userId.slice(0, 4)}`);
  await page.getByRole("button", { name: "Rename workspace" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Sam's politics desk ${person.userId.slice(0, 4)}: members` })).toBeVisible();
  await Promise.all([owner.close(), person.context.close(), elsewhere.close()]);
});

test("the sign-in page names the demo accounts the seed created", async ({ browser }) => {
  const context = await browser.newContext({ storageState: SIGNED_OUT });
  const page = await context.newPage();
  await page.goto("/sign-in");
  const demo = page.getByRole("region", { name: "Demo accounts" });
  await expect(demo).toContainText("claimgraph-demo");
  for (const email of ["owner", "editor", "checker", "viewer"].map((role) => `${role}@demo.claimgraph.test`)) await expect(demo).toContainText(email);
  await screens(page, "sign-in");
  await context.close();
});
