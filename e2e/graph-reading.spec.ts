// Reading the graph: a readable first view on the main conclusions, focus mode in the address,
// collapsing a claim's subtree (saved for this reader on the server), and image downloads.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { everyNodeDrawn, exportBoard, seededBoardId, type TExportedBoard } from "./helpers";

/** The claim most argued over that argues for nothing itself: where the article's argument ends. */
function mainConclusion(board: TExportedBoard): string {
  const argues = new Set(board.relations.map((r) => r.fromClaimId));
  const argued = new Map<string, number>();
  for (const r of board.relations) argued.set(r.toClaimId, (argued.get(r.toClaimId) ?? 0) + 1);
  const ends = [...argued].filter(([id]) => !argues.has(id)).sort((a, b) => b[1] - a[1]);
  expect(ends.length, "the seeded board has a main conclusion").toBeGreaterThan(0);
  return ends[0]![0];
}

async function viewportZoom(page: Page): Promise<number> {
  return page.locator(".react-flow__viewport").evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);
}

/** How many of `nodes` lie outside the canvas, wholly or in part. */
async function nodesOutOfView(page: Page, nodes: Locator): Promise<number> {
  const canvas = (await page.locator(".graph-canvas").boundingBox())!;
  const boxes = await nodes.evaluateAll((nodes) =>
    nodes.map((node) => {
      const box = node.getBoundingClientRect();
      return { x: box.x, y: box.y, width: box.width, height: box.height };
    }),
  );
  const out = (b: (typeof boxes)[number]) =>
    b.x < canvas.x - 1 || b.y < canvas.y - 1 || b.x + b.width > canvas.x + canvas.width + 1 || b.y + b.height > canvas.y + canvas.height + 1;
  return boxes.filter(out).length;
}

const claimNodes = (page: Page) => page.locator('.react-flow__node[data-node-kind="claim"]');
const allNodes = (page: Page) => page.locator(".react-flow__node");

test.describe.serial("reading the graph", () => {
  let boardId: string;
  let board: TExportedBoard;
  let conclusion: string;
  test.beforeAll(async ({ request }) => {
    boardId = await seededBoardId(request);
    board = await exportBoard(request, boardId);
    conclusion = mainConclusion(board);
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    test(`opens readable on the main conclusion at ${viewport.width}×${viewport.height}, with the whole board one click away`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(`/boards/${boardId}/graph`);
      const node = page.locator(`.react-flow__node[data-id="${conclusion}"]`);
      await expect(node).toBeVisible();
      const zoom = await viewportZoom(page);
      const textPx = await node.locator(".graph-node-text").evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(textPx * zoom).toBeGreaterThanOrEqual(11);
      // In view: the first view is centred on the main conclusions, and this is the first of them.
      const canvas = (await page.locator(".graph-canvas").boundingBox())!;
      const box = (await node.boundingBox())!;
      const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      expect(middle.x).toBeGreaterThan(canvas.x);
      expect(middle.x).toBeLessThan(canvas.x + canvas.width);
      expect(middle.y).toBeGreaterThan(canvas.y);
      expect(middle.y).toBeLessThan(canvas.y + canvas.height);
      // The first view draws what is in view, then every other node follows, for the keyboard and find-in-page.
      expect(await everyNodeDrawn(page)).toBeGreaterThanOrEqual(board.claims.length + board.evidence.length);
      await page.screenshot({ path: `test-results/graph-first-view-${viewport.width}x${viewport.height}.png` });

      await page.getByRole("button", { name: "Fit all" }).click();
      await expect.poll(() => viewportZoom(page)).toBeLessThan(zoom);
    });
  }

  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    test(`a claim's panel shows the article around its quote, far beyond its selector's context, at ${viewport.width}×${viewport.height}`, async ({
      page,
    }) => {
      // The seeded article as published: every character shown must be its own.
      const article = readFileSync("seed/basra-2008-steele.txt", "utf8");
      expect(board.article.text).toBe(article);
      // A claim well inside the article, so there is context on both sides to show.
      const claim = board.claims.find((c) => c.selector.start > 400 && c.selector.end < article.length - 400)!;
      await page.setViewportSize(viewport);
      await page.goto(`/boards/${boardId}/graph`);
      const node = page.locator(`.react-flow__node[data-id="${claim.id}"]`);
      await node.focus();
      await page.keyboard.press("Enter");
      const quote = page.getByTestId("graph-side-panel").getByTestId("quote-in-context");
      await expect(quote).toHaveAttribute("data-context", "article");
      await expect(quote.locator("mark")).toHaveText(claim.selector.exact);
      const shown = async (part: string) =>
        (await quote.getByTestId(part).textContent())!.replace(/^…|…$/g, "").replace(/ ¶ /g, "\n");
      const before = await shown("quote-context-before");
      const after = await shown("quote-context-after");
      expect(before.length).toBeGreaterThan(Math.max(32, claim.selector.prefix.length) + 100);
      expect(after.length).toBeGreaterThan(Math.max(32, claim.selector.suffix.length) + 100);
      expect(article.slice(claim.selector.start - before.length, claim.selector.end + after.length)).toBe(before + claim.selector.exact + after);
      await expect(quote.getByTestId("quote-context-before")).toHaveText(/^…/);
      await page.getByTestId("graph-side-panel").screenshot({ path: `test-results/claim-context-panel-${viewport.width}x${viewport.height}.png` });
      await page.screenshot({ path: `test-results/claim-context-page-${viewport.width}x${viewport.height}.png` });

      // Reopened, the claim shows its context at once, without asking the server again.
      let asked = 0;
      page.on("request", (request) => {
        if (request.url().endsWith(`/claims/${claim.id}/context`)) asked += 1;
      });
      await page.keyboard.press("Escape");
      await expect(quote).toBeHidden();
      await node.focus();
      await page.keyboard.press("Enter");
      await expect(quote).toHaveAttribute("data-context", "article");
      await expect(quote.locator("mark")).toHaveText(claim.selector.exact);
      expect(asked).toBe(0);
    });
  }

  test("a claim's panel keeps its selector's short context, calmly, when the article's cannot be had", async ({ page }) => {
    const claim = board.claims.find((c) => c.selector.start > 400 && !c.selector.prefix.includes("\n"))!;
    await page.route("**/api/boards/*/claims/*/context", (route) => route.abort());
    await page.goto(`/boards/${boardId}/graph`);
    await page.locator(`.react-flow__node[data-id="${claim.id}"]`).focus();
    await page.keyboard.press("Enter");
    const panel = page.getByTestId("graph-side-panel").getByTestId("claim-panel");
    const quote = panel.getByTestId("quote-in-context");
    await expect(quote).not.toHaveAttribute("aria-busy");
    await expect(quote).toHaveAttribute("data-context", "selector");
    await expect(quote.locator("mark")).toHaveText(claim.selector.exact);
    await expect(quote).toContainText(claim.selector.prefix.slice(claim.selector.prefix.indexOf(" ") + 1));
    await expect(panel.getByRole("alert")).toHaveCount(0);
  });

  test("focus mode shows a claim's neighbourhood, keeps it in the address, and Escape leaves it", async ({ page }) => {
    await page.goto(`/boards/${boardId}/graph`);
    await expect(page.locator(`.react-flow__node[data-id="${conclusion}"]`)).toBeVisible(); // laid out (in a worker)
    const total = await everyNodeDrawn(page);
    await page.locator(`.react-flow__node[data-id="${conclusion}"]`).click();
    await page.getByRole("button", { name: "Focus on this claim" }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]focus=${conclusion}(&|$)`));
    await expect.poll(() => allNodes(page).count()).toBeLessThan(total);
    const twoHops = await allNodes(page).count();
    // Text stays readable in focus: a neighbourhood too wide to fit so is shown around the focused claim.
    const focused = page.locator(`.react-flow__node[data-id="${conclusion}"]`);
    await expect.poll(() => nodesOutOfView(page, focused)).toBe(0);
    const textPx = await focused.locator(".graph-node-text").evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    await expect.poll(async () => textPx * (await viewportZoom(page))).toBeGreaterThanOrEqual(11);
    const crumbs = page.getByRole("navigation", { name: "Focus path" });
    await expect(crumbs.getByRole("button", { name: "Whole board" })).toBeVisible();
    await expect(crumbs.locator("[aria-current]")).toBeVisible();

    await page.getByLabel(/Show/).selectOption("1");
    await expect(page).toHaveURL(/[?&]hops=1(&|$)/);
    await expect.poll(() => allNodes(page).count()).toBeLessThan(twoHops);
    const oneHop = await allNodes(page).count();
    // Direct neighbours only: every node shown touches the focus by one edge.
    const neighbours = new Set([conclusion]);
    for (const r of board.relations) if (r.toClaimId === conclusion) neighbours.add(r.fromClaimId);
    for (const l of board.links) if (l.claimId === conclusion) neighbours.add(l.evidenceId);
    expect(oneHop).toBe(neighbours.size);

    // The address is the view: a reload (or a shared link) opens the same focus. The neighbourhood has a compact
    // layout of its own (the whole board's positions scatter it), so one step around the claim fits, readable.
    await page.reload();
    await expect.poll(() => allNodes(page).count()).toBe(oneHop);
    await expect.poll(() => nodesOutOfView(page, allNodes(page))).toBe(0);
    expect(textPx * (await viewportZoom(page))).toBeGreaterThanOrEqual(11);
    await page.screenshot({ path: "test-results/graph-focus-one-step.png" });

    // Focusing on a neighbour extends the breadcrumbs; the first crumb goes back.
    const neighbour = [...neighbours].find((id) => id !== conclusion && board.claims.some((c) => c.id === id));
    if (neighbour) {
      await page.locator(`.react-flow__node[data-id="${neighbour}"]`).click();
      await page.getByRole("button", { name: "Focus on this claim" }).click();
      await expect(page).toHaveURL(new RegExp(`focus=${conclusion},${neighbour}`));
      await crumbs.getByRole("button").nth(1).click();
      await expect(page).toHaveURL(new RegExp(`focus=${conclusion}(&|$)`));
    }
    await page.locator(".react-flow__pane").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("Escape");
    await expect(page).not.toHaveURL(/focus=/);
    await expect.poll(() => allNodes(page).count()).toBe(total);
  });

  test("a claim opened near the canvas's right edge stays in view beside its panel", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/boards/${boardId}/graph`);
    await expect(page.locator(`.react-flow__node[data-id="${conclusion}"]`)).toBeVisible();
    // The claim drawn furthest right, whole, on the canvas before any panel opens: the one the panel would cover.
    const canvas = (await page.locator(".graph-canvas").boundingBox())!;
    const rightmost = await claimNodes(page).evaluateAll((nodes, c) => {
      const whole = nodes
        .map((node) => ({ node, id: node.getAttribute("data-id")!, box: node.getBoundingClientRect() }))
        .filter(({ box }) => box.left >= c.x && box.right <= c.x + c.width && box.top >= c.y && box.bottom <= c.y + c.height)
        // Not under the minimap or a control: the node itself is what a click there reaches.
        .filter(({ node, box }) => node.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)));
      whole.sort((a, b) => b.box.right - a.box.right);
      return whole[0]!.id;
    }, canvas);
    const node = page.locator(`.react-flow__node[data-id="${rightmost}"]`);
    await node.click();
    await expect(page.getByTestId("graph-side-panel").getByTestId("claim-panel")).toBeVisible();
    await expect.poll(() => nodesOutOfView(page, node)).toBe(0);
  });

  test("collapses what leads to a claim into one summary, saved for this reader, and expands it again", async ({ page }) => {
    await page.goto(`/boards/${boardId}/graph`);
    await expect(page.locator(`.react-flow__node[data-id="${conclusion}"]`)).toBeVisible();
    const total = await everyNodeDrawn(page);
    await page.locator(`.react-flow__node[data-id="${conclusion}"]`).click();
    await page.getByRole("button", { name: "Collapse what leads here" }).click();
    const summary = page.getByTestId("graph-summary-node");
    await expect(summary).toBeVisible();
    await expect(summary).toContainText(/\d+ hidden: \d+ supporting, \d+ disputing/);
    const hidden = Number((await summary.textContent())!.match(/(\d+) hidden/)![1]);
    expect(hidden).toBeGreaterThan(0);
    await expect.poll(() => allNodes(page).count()).toBe(total - hidden + 1);

    // Saved on the server for this user and board: a reload keeps it.
    const saved = await page.request.get(`/api/boards/${boardId}/graph/collapsed`);
    expect(await saved.json()).toEqual({ claimIds: [conclusion] });
    await page.reload();
    await expect(summary).toBeVisible();

    // The summary sits beside its claim, which may be out of view: Fit all brings it in.
    await page.getByRole("button", { name: "Fit all" }).click();
    await expect(summary).toBeInViewport();
    await page.waitForTimeout(500); // the fit is animated
    await summary.getByRole("button", { name: "Expand" }).click();
    await expect(summary).toHaveCount(0);
    await expect.poll(() => allNodes(page).count()).toBe(total);
    await expect.poll(async () => (await (await page.request.get(`/api/boards/${boardId}/graph/collapsed`)).json())).toEqual({ claimIds: [] });
  });

  test("downloads the current view as a real PNG and SVG, with the board's title", async ({ page }) => {
    // Drawing the view into an image copies every element's computed style: 35 s for both at load 12 on 2 cores.
    test.setTimeout(120_000);
    await page.goto(`/boards/${boardId}/graph`);
    await expect(claimNodes(page).first()).toBeVisible();
    for (const format of ["PNG", "SVG"] as const) {
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: `Download ${format}` }).click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`-graph\\.${format.toLowerCase()}$`));
      const bytes = readFileSync((await download.path())!);
      expect(bytes.length).toBeGreaterThan(20_000);
      if (format === "PNG") {
        expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        await page.screenshot({ path: "test-results/graph-export-page.png" });
      } else {
        const text = bytes.toString("utf8");
        expect(text.startsWith("<svg")).toBe(true);
        expect(text).toContain(board.board.title.replace(/&/g, "&amp;").slice(0, 30));
        expect(text).toContain("graph-legend");
      }
    }
  });
});
