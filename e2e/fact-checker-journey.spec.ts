import { expect, test } from "@playwright/test";
import { exportBoard, seededBoardId, SURGE_QUOTE } from "./helpers";

// The journey, as a new user would take it, against the production
// build and a fresh SQLite database.
test.describe.serial("a fact-checker's first session on the seeded board", () => {
  let boardId: string;

  test.beforeAll(async ({ request }) => {
    boardId = await seededBoardId(request);
  });

  test("opens the seeded board from the home page and sees every claim highlighted", async ({ page, request }) => {
    const board = await exportBoard(request, boardId);
    await page.goto("/");
    // Exactly the seeded title: an imported copy is named apart, and each card also has a Settings link.
    await page.getByRole("link", { name: board.board.title, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/boards/${boardId}$`));
    await expect(page.getByRole("article", { name: "Article" })).toContainText("The battle for Basra, which came to a halt on Sunday");
    // One verdict marker per claim, each naming its verdict in words.
    await expect(page.locator("article .claim-marker")).toHaveCount(board.claims.length);
    await expect(page.locator("article mark.claim-highlight").first()).toBeVisible();
    await expect(page.getByRole("button", { name: /Verdict: Unverified/ }).first()).toBeVisible();
    // The seed's opinions are labelled as opinions in words, the one label every view now uses.
    await expect(page.getByRole("button", { name: /Verdict: Opinion\.$/ }).first()).toBeVisible();
    // The claims list beside the article, and clicking a highlight opens its claim.
    await expect(page.getByRole("complementary", { name: "Claims" }).getByRole("listitem")).toHaveCount(board.claims.length);
    await page.locator("mark.claim-highlight", { hasText: "Some 1,600 had been hoping" }).click();
    await expect(page.getByTestId("claim-panel")).toContainText("1,600");
    await expect(page.getByTestId("quote-in-context")).toContainText("Some 1,600 had been hoping to leave Iraq this spring.");
  });

  test("opens the graph and sees every claim and the supports and disputes edges", async ({ page, request }) => {
    const board = await exportBoard(request, boardId);
    await page.goto(`/boards/${boardId}/graph`);
    await expect(page.getByTestId("graph-view")).toBeVisible();
    await expect(page.locator('.react-flow__node[data-node-kind="claim"]')).toHaveCount(board.claims.length);
    await expect(page.locator('.react-flow__node[data-node-kind="evidence"]')).toHaveCount(board.evidence.length);
    const count = (stance: string) => board.links.filter((link) => link.stance === stance).length;
    expect(count("supports")).toBeGreaterThan(0);
    expect(count("disputes")).toBeGreaterThan(0);
    await expect(page.locator(".react-flow__edge.edge-supports")).toHaveCount(count("supports"));
    await expect(page.locator(".react-flow__edge.edge-disputes")).toHaveCount(count("disputes"));
    await expect(page.locator(".react-flow__edge.edge-context")).toHaveCount(count("context"));
    const relations = board.relations.length;
    await expect(page.locator(".react-flow__edge.edge-relation-supports, .react-flow__edge.edge-relation-attacks")).toHaveCount(relations);
    await expect(page.locator(".react-flow__minimap")).toBeVisible();
    await expect(page.locator(".react-flow__controls")).toBeVisible();
  });

  // Ruling on the claim goes through the team workflow: e2e/team-workflow.spec.ts takes this claim on to a published verdict.
  test("adds new evidence disputing the surge claim, then finds it in the graph and after a reload", async ({ page, request }) => {
    await page.goto(`/boards/${boardId}`);
    const claims = page.getByRole("complementary", { name: "Claims" });
    await claims.getByRole("searchbox", { name: "Search claims" }).fill("not the main factor");
    await claims.getByRole("button", { name: /not the main factor/ }).click();
    const panel = page.getByTestId("claim-panel");
    await expect(panel.getByTestId("quote-in-context")).toContainText(SURGE_QUOTE);

    // New evidence, linked as disputing.
    await panel.getByRole("button", { name: "+ New evidence" }).click();
    const form = panel.getByRole("form", { name: "Add evidence" });
    await form.getByLabel("Title").fill("E2E: analysis crediting the surge with the fall in sectarian attacks");
    await form.getByLabel("Publisher").fill("E2E test desk");
    await form.getByLabel("Source type").selectOption("expert");
    await form.getByLabel("Reliability (1–5)").selectOption("4");
    await form.getByLabel("Excerpt").fill("Written by the end-to-end test; not a real source.");
    await form.getByLabel("Stance toward this claim").selectOption("disputes");
    await form.getByRole("button", { name: "Add evidence" }).click();
    await expect(panel.getByTestId("stance-group-disputes")).toContainText("E2E: analysis crediting the surge");

    // The graph shows it and its edge to the claim, without a reload.
    const before = await exportBoard(request, boardId);
    const surge = before.claims.find((claim) => claim.selector.exact === SURGE_QUOTE)!;
    await page.getByRole("navigation", { name: "Board views" }).getByRole("link", { name: "Graph" }).click();
    const evidenceNode = page.locator('.react-flow__node[data-node-kind="evidence"]', { hasText: "E2E: analysis crediting" });
    await expect(evidenceNode).toHaveCount(1);
    await expect(page.locator(".react-flow__edge.edge-disputes")).toHaveCount(before.links.filter((link) => link.stance === "disputes").length);

    // Reload both views: it was saved.
    await page.reload();
    await expect(evidenceNode).toHaveCount(1);
    await page.goto(`/boards/${boardId}`);
    await page.locator(`article .claim-marker[data-claim-id="${surge.id}"]`).click();
    await expect(panel.getByTestId("stance-group-disputes")).toContainText("E2E: analysis crediting the surge");

    const board = await exportBoard(request, boardId);
    const evidence = board.evidence.find((item) => item.title.startsWith("E2E: analysis"))!;
    expect(board.links).toContainEqual(expect.objectContaining({ claimId: surge.id, evidenceId: evidence.id, stance: "disputes" }));
  });
});
