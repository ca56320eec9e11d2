import { writeFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { exportBoard, seededBoardId } from "./helpers";

// A board file that says a claim is "false" imports with that verdict kept,
// yet no view presents it as a finding: the workflow on the new board never published it.
test("an imported board says what it keeps, and shows a carried verdict as not reviewed, never as a finding", async ({ page, request }, testInfo) => {
  const original = await exportBoard(request, await seededBoardId(request));
  const [first, ...rest] = original.claims;
  const file = testInfo.outputPath("verdict-false.json");
  await writeFile(file, JSON.stringify({ ...original, board: { ...original.board, title: "E2E: imported with a false verdict" }, claims: [{ ...first!, verdict: "false" }, ...rest] }));

  await page.goto("/boards/new");
  const form = page.getByRole("form", { name: "Import a board" });
  const scope = page.locator("#import-scope");
  await expect(form).toHaveAttribute("aria-describedby", "import-scope");
  await expect(scope).toContainText("Kept: the article and its details, the claims with their quotes, the evidence, the links");
  await expect(scope).toContainText("Not kept: workflow stages, assignees and due dates, comments");
  await expect(scope).toContainText("npm run backup");
  await form.getByLabel("Board file (from Export JSON)").setInputFiles(file);
  await form.getByRole("button", { name: "Import board" }).click();
  await expect(page).toHaveURL(/\/boards\/(?!new)[^/]+$/);
  const boardId = page.url().split("/boards/")[1]!;
  const imported = await exportBoard(request, boardId);
  const claim = imported.claims.find((c) => c.selector.start === first!.selector.start && c.selector.end === first!.selector.end)!;
  expect(claim.verdict).toBe("false");

  // Article: the quote and its marker read unverified; the panel names the carried verdict as recorded without review.
  const marker = page.locator(`article .claim-marker[data-claim-id="${claim.id}"]`);
  await expect(marker).toHaveAttribute("data-verdict", "unverified");
  await expect(page.locator('article [data-verdict="false"]')).toHaveCount(0);
  await marker.click();
  await expect(page.getByTestId("claim-panel")).toContainText("Recorded without review");

  // Graph: no claim node is drawn as false.
  await page.goto(`/boards/${boardId}/graph`);
  await expect(page.locator('.react-flow__node[data-node-kind="claim"]')).toHaveCount(imported.claims.length);
  await expect(page.locator('.react-flow__node[data-node-kind="claim"][data-verdict="false"]')).toHaveCount(0);

  // Review board: the card says the verdict was recorded, not reviewed; nothing counts as published.
  await page.goto(`/boards/${boardId}/review`);
  const card = page.locator(`[data-review-card="${claim.id}"]`);
  await expect(card).toHaveAttribute("data-stage", "unassigned");
  await expect(card).toContainText("Recorded, not reviewed");
});
