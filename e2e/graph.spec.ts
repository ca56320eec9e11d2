import { expect, test } from "@playwright/test";
import { everyNodeDrawn, exportBoard, publishVerdict, seededBoardId } from "./helpers";

test.describe.serial("the graph view", () => {
  let boardId: string;
  test.beforeAll(async ({ request }) => {
    boardId = await seededBoardId(request);
  });

  test("is keyboard-usable: a focused node opens its panel with Enter, and Escape closes it", async ({ page }) => {
    await page.goto(`/boards/${boardId}/graph`);
    // A node in the first view, by its id: the rest of the nodes come in after the first view, and focus stays put.
    const id = await page.locator('.react-flow__node[data-node-kind="claim"]').first().getAttribute("data-id");
    const node = page.locator(`.react-flow__node[data-id="${id}"]`);
    await node.focus();
    await everyNodeDrawn(page);
    await expect(node).toBeFocused();
    const label = await node.getAttribute("aria-label");
    expect(label).toMatch(/^Claim: .+ Verdict: /);
    await page.keyboard.press("Enter");
    const side = page.getByTestId("graph-side-panel");
    await expect(side.getByTestId("claim-panel")).toBeVisible();
    await expect(side.getByTestId("quote-in-context")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(side).toHaveCount(0);
    await expect(node).toBeFocused();
  });

  test("tells stances apart by the shape at each line's end and its width, with no dashes, in the legend too", async ({ page }) => {
    await page.goto(`/boards/${boardId}/graph`);
    await expect(page.locator(".react-flow__edge.edge-supports").first()).toBeAttached();
    // Every stance edge ends in the marker of its kind, which the page defines with that kind's shape; none is dashed.
    const ends = await page.locator(".react-flow__edge.graph-edge:not(.edge-undercut):not(.edge-premise) path.react-flow__edge-path").evaluateAll((paths) =>
      paths.map((path) => {
        const kind = [...path.closest(".react-flow__edge")!.classList].find((name) => name.startsWith("edge-") && name !== "edge-premise-target")!;
        const id = /url\(['"]?#([^'")]+)/.exec(path.getAttribute("marker-end") ?? "")?.[1] ?? "";
        const marker = id ? document.getElementById(id) : null;
        const style = getComputedStyle(path);
        return { kind, id, shape: marker?.firstElementChild?.tagName ?? null, dash: style.strokeDasharray, width: style.strokeWidth };
      }),
    );
    expect(ends.length).toBeGreaterThan(0);
    const shapes: Record<string, string> = { "edge-supports": "path", "edge-disputes": "rect", "edge-context": "circle", "edge-relation-supports": "path", "edge-relation-attacks": "rect" };
    for (const end of ends) {
      expect(end.id, end.kind).toBe(`claimgraph-end-${end.kind.slice("edge-".length)}`);
      expect(end.shape, end.kind).toBe(shapes[end.kind]);
      expect(end.dash, end.kind).toBe("none");
      expect(end.width, end.kind).toBe(end.kind.startsWith("edge-relation") ? "4px" : "2px");
    }
    // The key says the same in words for screen readers.
    const legend = page.getByTestId("graph-legend");
    await expect(legend.locator(".legend-disputes")).toContainText("thin red line ending in a bar across it");
    await expect(legend.locator(".legend-context")).toContainText("ending in a dot");
  });

  test("filters claims by published verdict through the address, so the view can be shared", async ({ page, request, browser }) => {
    const board = await exportBoard(request, boardId);
    const claim = board.claims.at(-1)!;
    await publishVerdict(browser, boardId, claim.id, "false");
    await page.goto(`/boards/${boardId}/graph?verdict=false`);
    // Other specs may have published "false" on this board too: every claim shown is false, this one among them.
    await expect(page.locator(`.react-flow__node[data-id="${claim.id}"]`)).toHaveAttribute("data-verdict", "false");
    await expect(page.locator('.react-flow__node[data-node-kind="claim"]:not([data-verdict="false"])')).toHaveCount(0);
    await everyNodeDrawn(page);
    const shown = await page.locator('.react-flow__node[data-node-kind="claim"]').count();
    expect(shown).toBeLessThan(board.claims.length);
    await expect(page.getByTestId("graph-count")).toContainText(`${shown} of ${board.claims.length}`);

    // Choosing in the filter menu writes the address, and a reload keeps the view.
    await page.goto(`/boards/${boardId}/graph`);
    await page.locator("summary", { hasText: "Verdict:" }).click();
    const verdictFalse = page.getByRole("checkbox", { name: /False/ });
    await verdictFalse.click();
    await expect(verdictFalse).toBeChecked();
    await expect(page).toHaveURL(/[?&]verdict=false(&|$)/);
    await page.reload();
    await expect(page.getByTestId("graph-count")).toContainText(`${shown} of ${board.claims.length}`);
  });

  test("links evidence to a claim by dragging a connection and choosing a stance", async ({ page, request }) => {
    const before = await exportBoard(request, boardId);
    const evidence = before.evidence.find((item) => item.title.startsWith("US officials' statements that Iran"))!;
    const claim = before.claims.find((item) => item.statement.includes("1,600"))!;
    expect(before.links.some((l) => l.claimId === claim.id && l.evidenceId === evidence.id)).toBe(false);

    await page.goto(`/boards/${boardId}/graph`);
    const source = page.locator(`.react-flow__node[data-id="${evidence.id}"] .react-flow__handle.source`);
    const target = page.locator(`.react-flow__node[data-id="${claim.id}"]`);
    // Bring both into reach: the first view is zoomed in on the conclusions, Fit all shows the whole board.
    await expect(source).toBeAttached();
    await page.getByRole("button", { name: "Fit all" }).click();
    await expect(source).toBeInViewport();
    await expect(target).toBeInViewport();
    await page.waitForTimeout(500); // the fit is animated (300 ms)
    const from = (await source.boundingBox())!;
    const to = (await target.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
    await page.mouse.up();

    const dialog = page.getByTestId("stance-chooser");
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Disputes" }).click();
    await expect(dialog).toBeHidden();
    const after = await exportBoard(request, boardId);
    expect(after.links).toContainEqual(expect.objectContaining({ claimId: claim.id, evidenceId: evidence.id, stance: "disputes" }));
    await expect(page.locator(".react-flow__edge.edge-disputes")).toHaveCount(after.links.filter((l) => l.stance === "disputes").length);
  });

  test("changes the layout direction and keeps it after a reload", async ({ page }) => {
    await page.goto(`/boards/${boardId}/graph`);
    const leftToRight = page.getByRole("button", { name: "Left → right" });
    await expect(leftToRight).toHaveAttribute("aria-pressed", "false");
    await leftToRight.click();
    await expect(leftToRight).toHaveAttribute("aria-pressed", "true");
    await page.reload();
    await expect(page.getByRole("button", { name: "Left → right" })).toHaveAttribute("aria-pressed", "true");
    await page.getByRole("button", { name: "Top → bottom" }).click();
    await expect(page.getByRole("button", { name: "Top → bottom" })).toHaveAttribute("aria-pressed", "true");
  });
});
