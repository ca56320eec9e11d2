import { expect, test } from "@playwright/test";
import { exportBoard, seededBoardId } from "./helpers";

test("two teammates see each other's changes within two seconds, without reloading", async ({ browser, request }) => {
  const boardId = await seededBoardId(request);
  const board = await exportBoard(request, boardId);
  const claim = board.claims.find((c) => c.selector.exact.includes("Cheney, was in Baghdad two weeks earlier"))!;

  const reporter = await (await browser.newContext()).newPage();
  const editor = await (await browser.newContext()).newPage();
  await reporter.goto(`/boards/${boardId}/graph`);
  await editor.goto(`/boards/${boardId}`);
  await expect(reporter.getByTestId("live-status")).toContainText("Live");
  await expect(editor.getByTestId("live-status")).toContainText("Live");

  // The editor rules on the claim in the article view; the reporter's graph follows.
  await editor.getByRole("searchbox", { name: "Search claims" }).fill("Cheney was in Baghdad");
  await editor.getByRole("complementary", { name: "Claims" }).getByRole("button", { name: /Cheney was in Baghdad/ }).click();
  const panel = editor.getByTestId("claim-panel");
  await panel.getByRole("combobox", { name: "Verdict", exact: true }).selectOption("verified");
  await panel.getByRole("button", { name: "Save verdict" }).click();
  const node = reporter.locator(`.react-flow__node[data-id="${claim.id}"]`);
  await expect(node).toHaveAttribute("data-verdict", "verified", { timeout: 2_000 });

  // The reporter adds evidence from the graph's panel; the editor's open claim panel shows it.
  await node.click();
  const side = reporter.getByTestId("graph-side-panel");
  await side.getByRole("button", { name: "+ New evidence" }).click();
  await side.getByLabel("Title").fill("E2E live: travel pool report of the visit");
  await side.getByLabel("Stance toward this claim").selectOption("supports");
  await side.getByRole("button", { name: "Add evidence" }).click();
  await expect(panel.getByTestId("stance-group-supports")).toContainText("E2E live: travel pool report", { timeout: 2_000 });
  await expect(editor.locator(`article .claim-marker[data-claim-id="${claim.id}"]`)).toHaveAttribute("data-verdict", "verified");

  await reporter.context().close();
  await editor.context().close();
});
