import { expect, test, type Page } from "@playwright/test";
import { contextAs } from "./accounts";
import { seededBoardId } from "./helpers";

/** Opens the ceasefire claim in the article view and waits for its discussion to load. */
async function openDiscussion(page: Page, boardId: string) {
  await page.goto(`/boards/${boardId}`);
  await expect(page.getByTestId("live-status")).toContainText("Live");
  await page.getByRole("searchbox", { name: "Search claims" }).fill("declared a ceasefire");
  await page.getByRole("complementary", { name: "Claims" }).getByRole("button", { name: /Sadr declared a ceasefire/ }).first().click();
  const discussion = page.getByTestId("claim-panel").getByRole("region", { name: /^Discussion/ });
  // The count appears once the comments have loaded.
  await expect(discussion.getByRole("heading", { name: /\(\d+ comments?\)/ })).toBeVisible();
  return discussion;
}

test("teammates discuss a claim live: an @mention, a reply, and an edit marked (edited)", async ({ browser, request }) => {
  const boardId = await seededBoardId(request);
  // Unique text, so a rerun against the same database finds its own comments.
  const stamp = `e2e-${Date.now()}`;
  const checkerPage = await (await contextAs(browser, "checker")).newPage();
  const editorPage = await (await contextAs(browser, "editor")).newPage();
  const viewerPage = await (await contextAs(browser, "viewer")).newPage();
  const checker = await openDiscussion(checkerPage, boardId);
  const editor = await openDiscussion(editorPage, boardId);
  const viewer = await openDiscussion(viewerPage, boardId);

  // The checker mentions the editor, choosing her from the autocomplete with the keyboard.
  const box = checker.getByRole("textbox", { name: "Add a comment" });
  await box.click();
  await box.pressSequentially("Can @Ed");
  await expect(checker.getByRole("listbox", { name: "Members to mention" }).getByRole("option", { name: /Eda Editor/ })).toBeVisible();
  await box.press("Enter");
  await expect(box).toHaveValue("Can @Eda Editor ");
  await box.pressSequentially(`confirm the ceasefire date? ${stamp}`);
  await checker.getByRole("button", { name: "Post comment" }).click();
  await expect(box).toHaveValue("");

  // The editor sees it without reloading, with the mention shown as her name and marked as hers.
  const question = editor.getByRole("article", { name: "Comment by Chen Checker" }).filter({ hasText: stamp });
  await expect(question).toBeVisible({ timeout: 2_000 });
  await expect(question).toContainText(`Can @Eda Editor (you) confirm the ceasefire date? ${stamp}`);
  await expect(question.getByText("Mentions you")).toBeVisible();

  // She replies; the reply shows in the checker's thread, live.
  await question.getByRole("button", { name: "Reply" }).click();
  await editor.getByRole("textbox", { name: "Reply to Chen Checker" }).fill(`It held from the Sunday. ${stamp}`);
  await editor.getByRole("button", { name: "Post reply" }).click();
  const checkerThread = checker.getByRole("list", { name: "Replies to Chen Checker" }).filter({ hasText: stamp });
  await expect(checkerThread.getByRole("article", { name: "Comment by Eda Editor" })).toContainText(`It held from the Sunday. ${stamp}`, {
    timeout: 2_000,
  });
  // Only its author may change a comment.
  await expect(checkerThread.getByRole("button", { name: "Edit" })).toHaveCount(0);

  // She edits her reply: it is marked (edited) for her and, live, for the checker.
  const reply = editor.getByRole("article", { name: "Comment by Eda Editor" }).filter({ hasText: stamp });
  await reply.getByRole("button", { name: "Edit" }).click();
  await editor.getByRole("textbox", { name: "Edit your comment" }).fill(`It held from Sunday 30 March. ${stamp}`);
  await editor.getByRole("button", { name: "Save comment" }).click();
  const editedForEditor = editor.getByRole("article", { name: "Comment by Eda Editor" }).filter({ hasText: `30 March. ${stamp}` });
  await expect(editedForEditor).toContainText("(edited)");
  const editedForChecker = checker.getByRole("article", { name: "Comment by Eda Editor" }).filter({ hasText: `30 March. ${stamp}` });
  await expect(editedForChecker).toContainText("(edited)", { timeout: 2_000 });

  // A viewer follows along but cannot take part.
  await expect(viewer.getByRole("article", { name: "Comment by Eda Editor" }).filter({ hasText: `30 March. ${stamp}` })).toBeVisible({
    timeout: 2_000,
  });
  await expect(viewer.getByRole("textbox")).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: "Reply" })).toHaveCount(0);
  await expect(viewer).toContainText("can read the discussion but not comment");

  // The claim's history names who commented and who edited.
  const panel = checkerPage.getByTestId("claim-panel");
  await panel.getByText("History", { exact: true }).click();
  const history = panel.getByTestId("activity-list");
  await expect(history).toContainText(`Chen Checker commented · “Can @Eda Editor confirm the ceasefire date? ${stamp}”`);
  await expect(history).toContainText("Eda Editor edited a comment");

  for (const page of [checkerPage, editorPage, viewerPage]) await page.context().close();
});
