import { expect, test } from "@playwright/test";
import { contextAs } from "./accounts";
import { exportBoard, seededBoardId } from "./helpers";

test("two teammates see each other's changes within two seconds, without reloading", async ({ browser, request }) => {
  const boardId = await seededBoardId(request);
  const board = await exportBoard(request, boardId);
  const claim = board.claims.find((c) => c.selector.exact.includes("Cheney, was in Baghdad two weeks earlier"))!;

  const reporter = await (await contextAs(browser, "checker")).newPage();
  const editor = await (await contextAs(browser, "editor")).newPage();
  await reporter.goto(`/boards/${boardId}/graph`);
  await editor.goto(`/boards/${boardId}`);
  await expect(reporter.getByTestId("live-status")).toContainText("Live");
  await expect(editor.getByTestId("live-status")).toContainText("Live");

  // The editor assigns the claim to the reporter in the article view; the reporter's graph follows.
  await editor.getByRole("searchbox", { name: "Search claims" }).fill("Cheney was in Baghdad");
  await editor.getByRole("complementary", { name: "Claims" }).getByRole("button", { name: /Cheney was in Baghdad/ }).click();
  const panel = editor.getByTestId("claim-panel");
  const workflow = panel.getByRole("region", { name: "Workflow" });
  await workflow.getByRole("button", { name: "Assign" }).click();
  await workflow.getByLabel("Assign to").selectOption({ label: "Chen Checker (checker)" });
  await workflow.getByRole("form", { name: "Assign" }).getByRole("button", { name: "Assign" }).click();
  const node = reporter.locator(`.react-flow__node[data-id="${claim.id}"]`);
  await expect(node).toHaveAttribute("data-stage", "researching", { timeout: 2_000 });
  await expect(node.locator(".graph-node-assignee")).toHaveAttribute("title", "Assigned to Chen Checker");

  // The reporter adds evidence from the graph's panel; the editor's open claim panel shows it.
  // The first view is readable, not the whole board: Fit all brings the node on screen to click.
  await reporter.getByRole("button", { name: "Fit all" }).click();
  await node.click();
  const side = reporter.getByTestId("graph-side-panel");
  await side.getByRole("button", { name: "+ New evidence" }).click();
  await side.getByLabel("Title").fill("E2E live: travel pool report of the visit");
  await side.getByLabel("Stance toward this claim").selectOption("supports");
  await side.getByRole("button", { name: "Add evidence" }).click();
  await expect(panel.getByTestId("stance-group-supports")).toContainText("E2E live: travel pool report", { timeout: 2_000 });

  await reporter.context().close();
  await editor.context().close();
});
