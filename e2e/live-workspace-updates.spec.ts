import { expect, test, type APIRequestContext } from "@playwright/test";
import { contextAs, demoUser, SIGNED_OUT } from "./accounts";
import { seededBoardId } from "./helpers";

// Workspace-level changes (the verdict scale, members and their roles) have no
// board, yet every open board view of the workspace follows them live.

type TMember = { userId: string; name: string; role: string };

async function membersOf(request: APIRequestContext, workspaceId: string): Promise<TMember[]> {
  const response = await request.get(`/api/workspaces/${workspaceId}/members`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { members: TMember[] }).members;
}

test("an owner's new verdict label, a new member and a teammate's new role reach the teammate's open board without a reload", async ({ browser }) => {
  const ownerContext = await contextAs(browser, "owner");
  const owner = ownerContext.request;
  const boardId = await seededBoardId(owner);
  const workspaceId = ((await (await owner.get(`/api/boards/${boardId}`)).json()) as { workspaceId: string }).workspaceId;
  const checkerId = (await membersOf(owner, workspaceId)).find((m) => m.name === demoUser("checker").name)!.userId;
  const run = Date.now().toString(36);
  const label = `Awaiting a check ${run}`;
  const newcomer = { name: `Lia Live ${run}`, email: `lia-${run}@example.test`, password: "a-long-enough-password" };
  let newcomerId: string | null = null;

  const checkerContext = await contextAs(browser, "checker");
  const checker = await checkerContext.newPage();
  try {
    await checker.goto(`/boards/${boardId}`);
    await expect(checker.getByTestId("live-status")).toContainText("Live");
    const views = checker.getByRole("navigation", { name: "Board views" });
    await expect(views.getByRole("link", { name: "Verdict scale" })).toHaveCount(0);

    // The verdict scale: the open article view relabels its verdicts.
    const scale = (await (await owner.get(`/api/workspaces/${workspaceId}/verdict-scale`)).json()) as { revision: string };
    const saved = await owner.put(`/api/workspaces/${workspaceId}/verdict-scale`, {
      data: { revision: scale.revision, overrides: { unverified: { label } } },
    });
    expect(saved.status()).toBe(200);
    await expect(checker.locator('.verdict-badge[data-verdict="unverified"]').first()).toHaveText(new RegExp(label), { timeout: 2_000 });

    // A new member: someone joins by invitation, and the checker's open comment box can mention them.
    await checker.getByRole("searchbox", { name: "Search claims" }).fill("declared a ceasefire");
    await checker.getByRole("complementary", { name: "Claims" }).getByRole("button", { name: /Sadr declared a ceasefire/ }).first().click();
    const discussion = checker.getByTestId("claim-panel").getByRole("region", { name: /^Discussion/ });
    await expect(discussion.getByRole("heading", { name: /\(\d+ comments?\)/ })).toBeVisible();
    const invitation = await owner.post(`/api/workspaces/${workspaceId}/invitations`, { data: { role: "checker", note: newcomer.name } });
    expect(invitation.status()).toBe(201);
    const { token } = (await invitation.json()) as { token: string };
    const guestContext = await browser.newContext({ storageState: SIGNED_OUT });
    try {
      const signUp = await guestContext.request.post("/api/auth/sign-up/email", { data: newcomer });
      expect(signUp.ok()).toBe(true);
      // Sign-up starts no session (it answers alike for a taken address), so sign in.
      const signIn = await guestContext.request.post("/api/auth/sign-in/email", { data: { email: newcomer.email, password: newcomer.password } });
      expect(signIn.ok()).toBe(true);
      newcomerId = ((await signIn.json()) as { user: { id: string } }).user.id;
      expect((await guestContext.request.post("/api/invitations/accept", { data: { token } })).ok()).toBe(true);
    } finally {
      await guestContext.close();
    }
    const box = discussion.getByRole("textbox", { name: "Add a comment" });
    await box.click();
    await box.pressSequentially("Over to @Lia");
    await expect(discussion.getByRole("listbox", { name: "Members to mention" }).getByRole("option", { name: new RegExp(newcomer.name) })).toBeVisible({
      timeout: 2_000,
    });
    await box.fill("");

    // The checker's own role: made an editor, they get the editors' controls in the open view.
    expect((await owner.patch(`/api/workspaces/${workspaceId}/members/${checkerId}`, { data: { role: "editor" } })).status()).toBe(200);
    await expect(views.getByRole("link", { name: "Verdict scale" })).toBeVisible({ timeout: 2_000 });
    expect((await owner.patch(`/api/workspaces/${workspaceId}/members/${checkerId}`, { data: { role: "checker" } })).status()).toBe(200);
    await expect(views.getByRole("link", { name: "Verdict scale" })).toHaveCount(0, { timeout: 2_000 });
  } finally {
    // Other specs expect the demo team and the default scale.
    await owner.patch(`/api/workspaces/${workspaceId}/members/${checkerId}`, { data: { role: "checker" } });
    if (newcomerId) await owner.delete(`/api/workspaces/${workspaceId}/members/${newcomerId}`);
    const current = (await (await owner.get(`/api/workspaces/${workspaceId}/verdict-scale`)).json()) as { revision: string };
    await owner.put(`/api/workspaces/${workspaceId}/verdict-scale`, { data: { revision: current.revision, overrides: null } });
    await checkerContext.close();
    await ownerContext.close();
  }
});
