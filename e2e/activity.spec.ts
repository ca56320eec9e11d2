import { expect, test } from "@playwright/test";
import { seededBoardId } from "./helpers";

test("every change is kept in the claim's history and the board's activity feed", async ({ page, request }) => {
  const boardId = await seededBoardId(request);
  await page.goto(`/boards/${boardId}`);
  await page.getByRole("searchbox", { name: "Search claims" }).fill("1,600");
  await page.getByRole("complementary", { name: "Claims" }).getByRole("button", { name: /1,600/ }).click();
  const panel = page.getByTestId("claim-panel");
  await panel.getByRole("combobox", { name: "Verdict", exact: true }).selectOption("mostly_accurate");
  await panel.getByLabel("Rationale").fill("Reported figures were close to 1,600.");
  await panel.getByRole("button", { name: "Save verdict" }).click();
  await expect(panel.getByRole("status")).toHaveText("Saved.");

  await panel.getByText("History", { exact: true }).click();
  const history = panel.getByTestId("activity-list");
  await expect(history).toContainText("Local owner updated the claim: verdict, verdictRationale");
  await expect(history).toContainText("verdict: unverified → mostly_accurate");

  await page.getByRole("navigation", { name: "Board views" }).getByRole("link", { name: "Activity" }).click();
  await expect(page.getByRole("heading", { name: "Activity" })).toBeVisible();
  await expect(page.getByTestId("activity-list").getByRole("listitem").first()).toContainText("updated the claim: verdict, verdictRationale");
});
