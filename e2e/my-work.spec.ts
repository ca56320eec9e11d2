import { expect, test, type Page } from "@playwright/test";
import { contextAs } from "./accounts";
import { seededBoardId } from "./helpers";

/** The header's unread count as it reads, or 0 when there is no badge. */
async function unreadCount(page: Page): Promise<number> {
  const badge = page.getByTestId("unread-badge");
  if (!(await badge.isVisible())) return 0;
  return Number(/^(\d+) unread$/.exec((await badge.textContent()) ?? "")![1]);
}

test("an assignment and a mention reach the checker's My work live, and can be marked read", async ({ browser, request }) => {
  const boardId = await seededBoardId(request);
  const board = (await (await request.get(`/api/boards/${boardId}`)).json()) as TBoardView;
  const claim = board.claims.filter((c) => c.stage === "unassigned").at(-1)!;
  expect(claim, "an unassigned claim on the seeded board").toBeDefined();

  const checkerContext = await contextAs(browser, "checker");
  const checkerId = ((await (await checkerContext.request.get("/api/auth/get-session")).json()) as { user: { id: string } }).user.id;
  const checker = await checkerContext.newPage();
  const editorContext = await contextAs(browser, "editor");
  const editor = await editorContext.newPage();

  await checker.goto("/my-work");
  await expect(checker.getByRole("heading", { name: "My work", level: 1 })).toBeVisible();
  const before = await unreadCount(checker);

  // The editor assigns the claim to the checker from its permalink, in the article view.
  await editor.goto(`/boards/${boardId}/claims/${claim.number}`);
  const workflow = editor.getByTestId("claim-panel").getByRole("region", { name: "Workflow" });
  await workflow.getByRole("button", { name: "Assign" }).click();
  await workflow.getByLabel("Assign to").selectOption({ label: "Chen Checker (checker)" });
  await workflow.getByRole("form", { name: "Assign" }).getByRole("button", { name: "Assign" }).click();

  // The checker's badge goes up and the notification arrives, without a reload.
  await expect(checker.getByTestId("unread-badge")).toHaveText(`${before + 1} unread`, { timeout: 3_000 });
  const notifications = checker.getByTestId("notifications");
  const assigned = notifications.getByTestId("notification").filter({ hasText: "Assigned to you by Eda Editor" }).first();
  await expect(assigned).toContainText(`Claim #${claim.number}`);
  await expect(assigned).toContainText(board.title);
  await expect(assigned.getByRole("link", { name: claim.statement })).toHaveAttribute("href", `/boards/${boardId}/claims/${claim.number}`);

  // A mention in a comment, then an overdue date.
  const comment = await editor.request.post(`/api/boards/${boardId}/claims/${claim.id}/comments`, {
    data: { body: `@[Chen Checker](${checkerId}) the ministry published its own figures; can you find them?` },
  });
  expect(comment.status()).toBe(201);
  await expect(checker.getByTestId("unread-badge")).toHaveText(`${before + 2} unread`, { timeout: 3_000 });
  await expect(notifications.getByTestId("notification").first()).toContainText("You were mentioned by Eda Editor");
  const due = await editor.request.put(`/api/boards/${boardId}/claims/${claim.id}/due-date`, { data: { dueOn: "2020-01-06" } });
  expect(due.status()).toBe(200);

  // A reload shows the claim in its sections: assigned, mentioned, overdue in words.
  await checker.reload();
  await expect(checker.getByTestId("work-assigned").getByRole("link", { name: claim.statement })).toBeVisible();
  await expect(checker.getByTestId("work-mentions")).toContainText("Eda Editor: @Chen Checker the ministry published its own figures");
  const dueItem = checker.getByTestId("work-due").getByRole("listitem").filter({ hasText: claim.statement });
  await expect(dueItem).toContainText(/Overdue by \d+ days \(due 6 Jan 2020\)/);
  await checker.screenshot({ path: "test-results/my-work-1440.png", fullPage: true });

  // Mark one read, then all; the header follows.
  await notifications.getByTestId("notification").first().getByRole("button", { name: /^Mark read/ }).click();
  await expect(checker.getByTestId("unread-badge")).toHaveText(`${before + 1} unread`);
  await checker.getByRole("button", { name: "Mark all read" }).click();
  await expect(checker.getByTestId("unread-badge")).toHaveCount(0);
  await expect(checker.getByTestId("unread-status")).toHaveText("All read");
  await checker.reload();
  await expect(checker.getByTestId("unread-status")).toHaveText("All read");
  await expect(checker.getByRole("link", { name: /^My work/ })).toHaveAccessibleName("My work (no unread notifications)");

  // Someone else can't mark the checker's notifications; a bad body is a 400.
  const theirs = ((await (await checkerContext.request.get("/api/me/notifications")).json()) as { notifications: { id: string }[] }).notifications[0]!;
  expect((await editor.request.post("/api/me/notifications/read", { data: { notificationIds: [theirs.id] } })).status()).toBe(404);
  expect((await editor.request.post("/api/me/notifications/read", { data: { all: "yes" } })).status()).toBe(400);

  await checker.setViewportSize({ width: 390, height: 844 });
  await checker.reload();
  await checker.screenshot({ path: "test-results/my-work-390.png", fullPage: true });
  await checkerContext.close();
  await editorContext.close();
});

type TBoardView = { title: string; claims: { id: string; number: number; statement: string; stage: string }[] };
