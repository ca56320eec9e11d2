import { expect, test } from "@playwright/test";
import { seededBoardId } from "./helpers";

test("every change is kept in the claim's history and the board's activity feed, by name", async ({ page, request }) => {
  const boardId = await seededBoardId(request);
  await page.goto(`/boards/${boardId}`);
  await page.getByRole("searchbox", { name: "Search claims" }).fill("1,600");
  await page.getByRole("complementary", { name: "Claims" }).getByRole("button", { name: /1,600/ }).click();
  const panel = page.getByTestId("claim-panel");

  // The demo editor assigns the claim to the demo checker, then edits its speaker.
  const workflow = panel.getByRole("region", { name: "Workflow" });
  await workflow.getByRole("button", { name: "Assign" }).click();
  const assign = workflow.getByRole("form", { name: "Assign" });
  await assign.getByLabel("Assign to").selectOption({ label: "Chen Checker (checker)" });
  await assign.getByRole("button", { name: "Assign" }).click();
  await expect(workflow.getByTestId("workflow-assignee")).toHaveText("Chen Checker");

  await panel.getByText("History", { exact: true }).click();
  const history = panel.getByTestId("activity-list");
  await expect(history).toContainText("Eda Editor assigned the claim to Chen Checker");

  await page.getByRole("navigation", { name: "Board views" }).getByRole("link", { name: "Activity" }).click();
  await expect(page.getByRole("heading", { name: "Activity" })).toBeVisible();
  await expect(page.getByTestId("activity-list").getByRole("listitem").first()).toContainText("assigned the claim to Chen Checker");
});
