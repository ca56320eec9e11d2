import { expect, test, type Page } from "@playwright/test";
import { seededBoardId } from "./helpers";

type TBoardExport = {
  claims: { id: string; statement: string }[];
  relations: { id: string; fromClaimId: string; toClaimId: string; type: string }[];
  undercuts: { id: string; fromClaimId: string; target: { type: string; id: string } }[];
  premiseGroups: { id: string; premiseClaimIds: string[]; toClaimId: string; type: string }[];
};

async function shoot(page: Page, name: string) {
  for (const [label, size] of [["1280x800", { width: 1280, height: 800 }], ["390x844", { width: 390, height: 844 }]] as const) {
    await page.setViewportSize(size);
    await page.waitForTimeout(400);
    await page.screenshot({ path: `test-results/undercuts-${name}-${label}.png` });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

test("a fact-checker adds an undercut and a premise group from the claim panel, sees them on the graph, and removes them", async ({ page, request }) => {
  const boardId = await seededBoardId(request);
  const exported = async () => (await (await request.get(`/api/boards/${boardId}/export`)).json()) as TBoardExport;
  const before = await exported();
  expect(before.undercuts).toEqual([]);
  const relation = before.relations[0]!;
  const related = new Set(before.relations.flatMap((r) => [r.fromClaimId, r.toClaimId]));
  // Two claims outside the relation: one undercuts it, both together support its target.
  const [undercutter, partner] = before.claims.filter((claim) => !related.has(claim.id) || (claim.id !== relation.fromClaimId && claim.id !== relation.toClaimId)).slice(0, 2);
  const target = before.claims.find((claim) => claim.id === relation.toClaimId)!;

  // The first view is readable, not the whole board, so the claim's node may be under the pane's edge:
  // Fit all brings it in, and the click goes to the node itself.
  await page.goto(`/boards/${boardId}/graph`);
  await page.getByRole("button", { name: "Fit all" }).click();
  await page.locator(`.react-flow__node[data-id="${undercutter!.id}"]`).dispatchEvent("click");
  const panel = page.getByTestId("graph-side-panel").getByTestId("claim-panel");
  await expect(panel).toBeVisible();

  // The undercut, from the panel.
  await panel.getByRole("button", { name: "+ Undercut a link or relation" }).click();
  await panel.getByLabel("Edge this claim undercuts").selectOption(`relation:${relation.id}`);
  await panel.getByLabel("Why it does not bear on the claim (optional)").fill("True, but beside the point");
  await panel.getByRole("button", { name: "Add undercut" }).click();
  await expect(panel.getByTestId("claim-undercut")).toHaveCount(1);
  await expect(page.locator(".react-flow__edge.edge-undercut")).toHaveCount(1);
  await expect(page.locator('.react-flow__node[data-node-kind="undercut-anchor"]')).toHaveCount(1);

  // The premise group, from the panel: this claim and a partner together support the relation's target.
  await panel.getByRole("button", { name: "+ Linked premises with other claims" }).click();
  await panel.getByLabel("Claim they bear on together").selectOption(target.id);
  await panel.getByLabel("Together they").selectOption("supports");
  await panel.locator("fieldset.premise-choices label").filter({ hasText: partner!.statement.slice(0, 40) }).getByRole("checkbox").check();
  await panel.getByRole("button", { name: "Add premise group" }).click();
  await expect(panel.getByTestId("claim-premise-group")).toHaveCount(1);
  await expect(page.locator('.react-flow__node[data-node-kind="premise-junction"]')).toHaveCount(1);
  await expect(page.locator(".react-flow__edge.edge-premise")).toHaveCount(2);
  await expect(page.locator(".react-flow__edge.edge-premise-target")).toHaveCount(1);

  const saved = await exported();
  expect(saved.undercuts).toEqual([expect.objectContaining({ fromClaimId: undercutter!.id, target: { type: "relation", id: relation.id } })]);
  expect(saved.premiseGroups).toEqual([
    expect.objectContaining({ premiseClaimIds: [undercutter!.id, partner!.id].sort(), toClaimId: target.id, type: "supports" }),
  ]);

  // Open the target (the view centres on it, zoomed in): its panel lists both.
  await panel.getByTestId("claim-premise-group").getByRole("button", { name: target.statement }).click();
  const targetPanel = page.getByTestId("graph-side-panel").getByTestId("claim-panel");
  await expect(targetPanel.getByTestId("claim-undercut")).toContainText("Undercut by");
  await expect(targetPanel.getByTestId("claim-premise-group")).toContainText("Together support this claim");
  await page.waitForTimeout(800);
  // Edge words are HTML in React Flow's label layer (labelled-edges.tsx), each marked with its edge's id.
  const undercutEdgeId = await page.locator(".react-flow__edge.edge-undercut").getAttribute("data-id");
  await expect(page.locator(`.graph-edge-label[data-edge-id="${undercutEdgeId}"]`)).toHaveText("undercuts");
  await shoot(page, "graph");

  // The ⊘ is reachable by keyboard: focused, Enter opens the claim its undercut edge bears on, as a click does.
  await page.keyboard.press("Escape");
  await expect(targetPanel).toBeHidden();
  const anchor = page.locator('.react-flow__node[data-node-kind="undercut-anchor"]');
  await expect(anchor).toHaveAttribute("tabindex", "0");
  await anchor.focus();
  await page.keyboard.press("Enter");
  await expect(targetPanel.getByTestId("claim-undercut")).toContainText("Undercut by");

  await targetPanel.getByRole("button", { name: "Remove undercut" }).click();
  await expect(page.locator(".react-flow__edge.edge-undercut")).toHaveCount(0);
  await expect(page.locator('.react-flow__node[data-node-kind="undercut-anchor"]')).toHaveCount(0);
  await targetPanel.getByRole("button", { name: "Remove group" }).click();
  await expect(page.locator('.react-flow__node[data-node-kind="premise-junction"]')).toHaveCount(0);
  await expect(page.locator(".react-flow__edge.edge-premise")).toHaveCount(0);
  const after = await exported();
  expect(after.undercuts).toEqual([]);
  expect(after.premiseGroups).toEqual([]);
});
