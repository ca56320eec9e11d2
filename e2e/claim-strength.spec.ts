import { expect, test, type Page } from "@playwright/test";
import { describeTextAnchor } from "../lib/anchoring/describe-text-anchor";
import { contextAs } from "./accounts";

// A board built so every strength can be checked by hand (DF-QuAD, README "Claim strength"):
// A "Spending rose by 4%." τ 0.5, supported by the budget report (reliability 5, link strength 4: 1 × 0.8 = 0.80)
// and attacked by B; B "Critics dispute the figure." τ 0.5, supported by a blog (2/5 × 5/5 = 0.40).
// σ(B) = 0.5 + 0.5 × 0.40 = 0.70; σ(A) = 0.5 + 0.5 × (0.80 − 0.70) = 0.55.
const text = "The council says spending rose by 4% last year.\nCritics dispute the figure in a blog post.";
const claimRow = (id: string, statement: string, quote: string) => {
  const start = text.indexOf(quote);
  return {
    id,
    statement,
    selector: describeTextAnchor(text, start, start + quote.length),
    speaker: "",
    kind: "other",
    checkable: true,
    checkworthiness: 0.5,
    verdict: "unverified",
    verdictRationale: "",
  };
};
const evidenceRow = (id: string, title: string, reliability: number) => ({
  id,
  title,
  url: null,
  publisher: null,
  publishedOn: null,
  excerpt: "",
  sourceType: "news_report",
  reliability,
  provenance: "",
});
const boardFile = {
  format: "claimgraph.board.v2",
  exportedAt: "2026-12-02T00:00:00.000Z",
  board: { id: "strength-e2e", title: "E2E: claim strength", description: "", visibility: "private" },
  article: { title: null, byline: null, publisher: null, publishedOn: null, url: null, text, contentHash: "" },
  claims: [
    claimRow("a", "Spending rose by 4%.", "spending rose by 4% last year"),
    claimRow("b", "Critics dispute the figure.", "Critics dispute the figure"),
  ],
  evidence: [evidenceRow("e1", "Budget report", 5), evidenceRow("e2", "Critic's blog", 2)],
  links: [
    { id: "l1", claimId: "a", evidenceId: "e1", stance: "supports", strength: 4, note: "" },
    { id: "l2", claimId: "b", evidenceId: "e2", stance: "supports", strength: 5, note: "" },
  ],
  relations: [{ id: "r1", fromClaimId: "b", toClaimId: "a", type: "attacks", note: "" }],
};

async function shoot(page: Page, name: string, testInfo: { outputPath: (name: string) => string }) {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
}

test("a base score and a link edit change the strength and its why, live in a teammate's browser", async ({ browser, request }, testInfo) => {
  // Two browsers on a shared 2-core machine: page loads alone can take tens of seconds.
  test.setTimeout(240_000);
  const imported = await request.post("/api/boards/import", { data: boardFile });
  expect(imported.status()).toBe(201);
  const { id: boardId } = (await imported.json()) as { id: string };
  const exported = (await (await request.get(`/api/boards/${boardId}/export`)).json()) as {
    strengthSettled: boolean;
    claims: { id: string; statement: string; baseScore: number; strength: number }[];
  };
  expect(exported.strengthSettled).toBe(true);
  const a = exported.claims.find((claim) => claim.statement === "Spending rose by 4%.")!;
  expect(a.baseScore).toBe(0.5);
  expect(a.strength).toBeCloseTo(0.55, 12);

  // The checker watches the graph, with claim A open; the editor works in the article view.
  const checkerContext = await contextAs(browser, "checker");
  const checker = await checkerContext.newPage();
  await checker.setViewportSize({ width: 1280, height: 800 });
  const editor = await (await contextAs(browser, "editor")).newPage();
  await checker.goto(`/boards/${boardId}/graph`);
  await editor.goto(`/boards/${boardId}`);
  await expect(checker.getByTestId("live-status")).toContainText("Live");
  await expect(editor.getByTestId("live-status")).toContainText("Live");

  const node = checker.locator(`.react-flow__node[data-id="${a.id}"]`);
  await expect(node.getByTestId("strength-meter")).toHaveAttribute("data-strength", "0.55");
  await expect(node.getByTestId("strength-meter")).toContainText("0.55");
  await node.click();
  const side = checker.getByTestId("graph-side-panel").getByTestId("claim-strength");
  await expect(side.getByTestId("strength-meter")).toContainText("Strength 0.55");
  const why = side.getByTestId("strength-why");
  await expect(why.getByTestId("strength-summary")).toHaveText(
    "Strength 0.55 from a base score of 0.50. Supported by “Budget report” (reliability 5, strength 4); " +
      "attacked by the claim “Critics dispute the figure.” (strength 0.70).",
  );
  // Ranked by effect: without the report σ would be 0.15 (+0.40), without B 0.90 (−0.35).
  const items = why.getByRole("list", { name: "Contributions, largest effect first" }).getByRole("listitem");
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText("supporter Supported by “Budget report” (reliability 5, strength 4): raises it by 0.40");
  await expect(items.nth(1)).toContainText("attacker Attacked by the claim “Critics dispute the figure.” (strength 0.70): lowers it by 0.35");
  await shoot(checker, "strength-graph-1280x800", testInfo);

  // The editor raises A's base score to 0.8: σ(A) = 0.8 + 0.2 × 0.10 = 0.82.
  await editor.getByRole("complementary", { name: "Claims" }).getByRole("button", { name: /Spending rose by 4%/ }).click();
  const panel = editor.getByTestId("claim-panel");
  const baseScore = panel.getByLabel("Base score (0 to 1)");
  await expect(baseScore).toHaveValue("0.5");
  // Out of range: the field refuses it (the API would too, with 400) and nothing is saved.
  await baseScore.fill("1.5");
  await panel.getByRole("button", { name: "Save base score" }).click();
  expect(await baseScore.evaluate((input) => (input as HTMLInputElement).validity.rangeOverflow)).toBe(true);
  await expect(panel.getByTestId("claim-strength").getByTestId("strength-meter")).toContainText("Strength 0.55");
  await baseScore.fill("0.8");
  await panel.getByRole("button", { name: "Save base score" }).click();
  await expect(panel.getByTestId("claim-strength").getByTestId("strength-meter")).toContainText("Strength 0.82");

  await expect(node.getByTestId("strength-meter")).toHaveAttribute("data-strength", "0.82", { timeout: 2_000 });
  await expect(side.getByTestId("strength-meter")).toContainText("Strength 0.82");
  await expect(side).toContainText("from a base score of 0.80");
  await expect(items.nth(0)).toContainText("raises it by 0.58");
  await expect(items.nth(1)).toContainText("(strength 0.70): lowers it by 0.14");

  // The editor turns the blog's support of B into a dispute: σ(B) = 0.5 − 0.5 × 0.40 = 0.30, σ(A) = 0.8 + 0.2 × 0.50 = 0.90.
  await panel.getByRole("button", { name: "Close claim panel" }).click();
  await editor.getByRole("complementary", { name: "Claims" }).getByRole("button", { name: /Critics dispute the figure/ }).click();
  await panel.getByTestId("stance-group-supports").getByLabel("Stance").selectOption("disputes");
  await expect(panel.getByTestId("claim-strength").getByTestId("strength-meter")).toContainText("Strength 0.30");

  const nodeB = checker.locator(`.react-flow__node[data-id="${exported.claims.find((claim) => claim.id !== a.id)!.id}"]`);
  await expect(nodeB.getByTestId("strength-meter")).toHaveAttribute("data-strength", "0.30", { timeout: 2_000 });
  await expect(node.getByTestId("strength-meter")).toHaveAttribute("data-strength", "0.90");
  await expect(why.getByTestId("strength-summary")).toContainText("Strength 0.90 from a base score of 0.80.");
  // Without the report: 0.8 − 0.8 × 0.30 = 0.56 (+0.34); without B: 0.96 (−0.06).
  await expect(items.nth(0)).toContainText("raises it by 0.34");
  await expect(items.nth(1)).toContainText("Attacked by the claim “Critics dispute the figure.” (strength 0.30): lowers it by 0.06");
  await shoot(checker, "strength-graph-after-1280x800", testInfo);
  await checker.getByTestId("graph-side-panel").getByTestId("claim-strength").screenshot({ path: testInfo.outputPath("strength-panel-1280x800.png") });

  // Phone size: the panel and the node still show the number and the bar.
  await checker.setViewportSize({ width: 390, height: 844 });
  await checker.reload();
  await expect(node.getByTestId("strength-meter")).toHaveAttribute("data-strength", "0.90");
  await shoot(checker, "strength-graph-390x844", testInfo);
  await editor.setViewportSize({ width: 390, height: 844 });
  await panel.getByTestId("claim-strength").scrollIntoViewIfNeeded();
  await shoot(editor, "strength-panel-390x844", testInfo);

  // The review board filters to weakly supported claims (B at 0.30) and sorts by strength.
  await editor.setViewportSize({ width: 1280, height: 800 });
  await editor.goto(`/boards/${boardId}/review?strength=weak`);
  await expect(editor.getByTestId("review-count")).toContainText("1 of 2 claims");
  await expect(editor.locator(".review-card")).toHaveCount(1);
  await expect(editor.locator(".review-card").getByTestId("strength-meter")).toContainText("Strength 0.30");
  await shoot(editor, "strength-review-1280x800", testInfo);

  await checkerContext.close();
  await editor.context().close();
});
