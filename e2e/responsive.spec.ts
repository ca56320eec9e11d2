import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { SIGNED_OUT, storageStatePath, type TDemoRole } from "./accounts";
import { exportBoard, seededBoardId } from "./helpers";

// The fact-checker's day on a phone (390×844) and a tablet (768×1024): every view fits the width,
// the article and its claims can both be read, a claim opens as a sheet that Escape closes, the
// review board shows one column at a time, and phone touch targets are at least 44 px tall.

const SIZES = [
  { name: "phone", viewport: { width: 390, height: 844 }, phone: true },
  { name: "tablet", viewport: { width: 768, height: 1024 }, phone: false },
] as const;
type TSize = (typeof SIZES)[number];

async function pageAs(browser: Browser, role: TDemoRole | null, size: TSize): Promise<Page> {
  const context = await browser.newContext({
    viewport: size.viewport,
    isMobile: size.phone,
    hasTouch: true,
    storageState: role ? storageStatePath(role) : SIGNED_OUT,
  });
  return context.newPage();
}

async function expectFitsWidth(page: Page) {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
  expect(widths.scroll, "nothing overflows sideways").toBeLessThanOrEqual(widths.inner);
}

/** Every visible control under root is at least 44 px tall (phone only). */
async function expectTouchTargets(root: Locator) {
  const small = await root.evaluate((element) =>
    [...element.querySelectorAll<HTMLElement>("button, a.button, a.tab, select, input:not([type=checkbox]):not([type=radio]):not([type=hidden])")]
      .filter((control) => control.checkVisibility() && control.getBoundingClientRect().height > 0)
      .filter((control) => control.getBoundingClientRect().height < 44)
      .map((control) => `${control.tagName} “${(control.textContent || control.getAttribute("aria-label") || "").trim().slice(0, 30)}” ${Math.round(control.getBoundingClientRect().height)} px`),
  );
  expect(small, "controls smaller than 44 px").toEqual([]);
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`) });
}

const claimsList = (page: Page) => page.getByRole("complementary", { name: "Claims" });

/** Shows the claims list (on a phone it is one switch away from the article) and opens the claim matching the search. */
async function openClaimFromList(page: Page, size: TSize, search: string, statement: string) {
  if (size.phone) await page.getByRole("group", { name: "Show" }).getByRole("button", { name: /^Claims/ }).click();
  await claimsList(page).getByRole("searchbox", { name: "Search claims" }).fill(search);
  const item = claimsList(page).getByRole("button", { name: new RegExp(escapeRegExp(statement)) }).first();
  await item.click();
  const panel = page.getByTestId("claim-panel");
  await expect(panel.getByRole("heading", { level: 2, name: statement })).toBeVisible();
  return { item, panel };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

for (const size of SIZES) {
  test.describe(`at ${size.viewport.width}×${size.viewport.height} (${size.name})`, () => {
    let boardId: string;
    test.beforeAll(async ({ request }) => {
      boardId = await seededBoardId(request);
    });

    test("the home, sign-in and new-board pages fit the width", async ({ browser }) => {
      const visitor = await pageAs(browser, null, size);
      for (const path of ["/", "/sign-in"]) {
        await visitor.goto(path);
        await expectFitsWidth(visitor);
      }
      await shot(visitor, "sign-in");
      const editor = await pageAs(browser, "editor", size);
      await editor.goto("/boards/new");
      await expect(editor.getByRole("heading", { name: "New fact-check board" })).toBeVisible();
      await expectFitsWidth(editor);
      const form = editor.getByRole("form").first();
      for (const label of ["Board title", "Headline", "Byline", "Publisher", "Date published"]) {
        const box = await form.getByLabel(label, { exact: true }).boundingBox();
        expect(box!.x + box!.width, `${label} fits`).toBeLessThanOrEqual(size.viewport.width);
      }
      await shot(editor, "new-board");
      if (size.phone) await expectTouchTargets(form);
      await visitor.context().close();
      await editor.context().close();
    });

    test("the article and its claims can both be read; a claim opens as a sheet that Escape closes, back to its opener", async ({
      browser,
      request,
    }) => {
      const board = await exportBoard(request, boardId);
      const claim = board.claims.find((item) => item.selector.exact.includes("ceasefire"))!;
      const page = await pageAs(browser, "editor", size);
      await page.goto(`/boards/${boardId}`);
      await expect(page.getByTestId("live-status")).toContainText("Live");
      await expectFitsWidth(page);

      // The article gets the width (it was 0 px wide on a phone); the board header stays compact.
      const article = page.getByRole("article", { name: "Article" });
      await expect(article).toContainText("The battle for Basra, which came to a halt on Sunday");
      expect((await article.boundingBox())!.width).toBeGreaterThan(size.phone ? 350 : 380);
      const header = (await page.locator(".board-header").boundingBox())!;
      expect(header.y + header.height, "the header leaves the screen to the article").toBeLessThan(size.phone ? 240 : 220);

      await shot(page, "article");
      // Every view's tab can be reached, none is cut off for good.
      const tabs = page.getByRole("navigation", { name: "Board views" }).getByRole("link");
      for (const tab of await tabs.all()) {
        await tab.scrollIntoViewIfNeeded();
        const box = (await tab.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(size.viewport.width + 1);
      }

      if (size.phone) {
        await expect(claimsList(page)).toBeHidden();
        await expectTouchTargets(page.locator(".board-header"));
      } else {
        await expect(claimsList(page), "a tablet shows the list beside the article").toBeVisible();
      }
      const { item, panel } = await openClaimFromList(page, size, "ceasefire", claim.statement);
      const sheet = page.getByTestId("article-side-panel");
      const sheetBox = (await sheet.boundingBox())!;
      if (size.phone) expect(sheetBox.width, "a full-screen sheet").toBe(size.viewport.width);
      expect(sheetBox.x + sheetBox.width).toBeLessThanOrEqual(size.viewport.width);
      await expect(panel.getByTestId("quote-in-context")).toContainText(claim.selector.exact);
      await expect(sheet.getByRole("button", { name: "Close", exact: true })).toBeVisible();
      await expectFitsWidth(page);
      await shot(page, "claim-open");
      if (size.phone) await expectTouchTargets(sheet);

      // Escape closes it; focus returns to the list item that opened it, and the search is kept.
      await panel.getByRole("heading", { level: 2, name: claim.statement }).click();
      await page.keyboard.press("Escape");
      await expect(sheet).toHaveCount(0);
      await expect(item).toBeFocused();
      await expect(claimsList(page).getByRole("searchbox", { name: "Search claims" })).toHaveValue("ceasefire");

      // The sheet's Close does the same; from the article, a claim's marker opens it too.
      await item.click();
      await sheet.getByRole("button", { name: "Close", exact: true }).click();
      await expect(sheet).toHaveCount(0);
      await expect(item).toBeFocused();
      if (size.phone) await page.getByRole("group", { name: "Show" }).getByRole("button", { name: "Article" }).click();
      const marker = article.locator(`.claim-marker[data-claim-id="${claim.id}"]`);
      await marker.click();
      await expect(panel.getByRole("heading", { level: 2, name: claim.statement })).toBeVisible();
      await page.keyboard.press("Escape");
      await expect(sheet).toHaveCount(0);
      await expect(marker).toBeFocused();
      await page.context().close();
    });

    test("a checker takes a claim, adds evidence and proposes; an editor approves it from the review board's stage switcher", async ({
      browser,
      request,
    }) => {
      test.setTimeout(120_000);
      const { claims } = (await (await request.get(`/api/boards/${boardId}`)).json()) as {
        claims: { id: string; statement: string; stage: string }[];
      };
      // An unassigned claim no other statement contains (the phone's run takes one, so the tablet's gets another).
      const claim = claims.filter(
        (item) => item.stage === "unassigned" && item.statement.length > 40 && !claims.some((other) => other !== item && other.statement.includes(item.statement.slice(0, 36))),
      )[10]!;
      const search = claim.statement.slice(0, 36);
      const checker = await pageAs(browser, "checker", size);
      await checker.goto(`/boards/${boardId}`);
      await expect(checker.getByTestId("live-status")).toContainText("Live");
      const { panel } = await openClaimFromList(checker, size, search, claim.statement);
      const workflow = panel.getByRole("region", { name: "Workflow" });
      await workflow.getByRole("button", { name: "Take" }).click();
      await expect(workflow.getByTestId("workflow-assignee")).toHaveText("Chen Checker");

      await panel.getByRole("button", { name: "+ New evidence" }).click();
      const evidence = panel.getByRole("form", { name: "Add evidence" });
      await evidence.getByLabel("Title").fill(`E2E ${size.name}: a source for the claim`);
      await evidence.getByLabel("Publisher").fill("E2E test desk");
      await evidence.getByLabel("Source type").selectOption("expert");
      await evidence.getByLabel("Stance toward this claim").selectOption("supports");
      await expectFitsWidth(checker);
      if (size.phone) await expectTouchTargets(evidence);
      await shot(checker, "add-evidence");
      await evidence.getByRole("button", { name: "Add evidence" }).click();
      await expect(panel.getByTestId("stance-group-supports")).toContainText(`E2E ${size.name}: a source for the claim`);

      await workflow.getByRole("button", { name: "Send to review" }).click();
      const proposal = workflow.getByRole("form", { name: "Send to review" });
      await proposal.getByLabel("Proposed verdict").selectOption("disputed");
      await proposal.getByLabel("Rationale").fill("E2E: written by the test, not a real check.");
      await proposal.getByRole("button", { name: "Send to review" }).click();
      await expect(workflow.getByTestId("workflow-proposal")).toContainText("waiting for review");

      // The editor's review board: one column at a time, chosen with the stage switcher.
      const editor = await pageAs(browser, "editor", size);
      await editor.goto(`/boards/${boardId}/review`);
      await expect(editor.getByTestId("live-status")).toContainText("Live");
      await expectFitsWidth(editor);
      const switcher = editor.getByRole("group", { name: "Stage shown" });
      await expect(switcher.getByRole("button", { name: /^Unassigned/ })).toHaveAttribute("aria-pressed", "true");
      const columns = editor.locator(".review-column");
      await expect(columns.filter({ visible: true })).toHaveCount(1);
      await expect(editor.getByRole("region", { name: "Unassigned", exact: true })).toBeVisible();
      if (size.phone) await expectTouchTargets(switcher);
      await shot(editor, "review-board");

      await switcher.getByRole("button", { name: /^Ready for review/ }).click();
      await expect(switcher.getByRole("button", { name: /^Ready for review/ })).toHaveAttribute("aria-pressed", "true");
      await expect(editor.getByRole("region", { name: "Unassigned", exact: true })).toBeHidden();
      const ready = editor.getByRole("region", { name: "Ready for review", exact: true });
      const card = ready.getByRole("article", { name: claim.statement, exact: true });
      await card.click();
      const side = editor.getByTestId("review-side-panel");
      const sideBox = (await side.boundingBox())!;
      expect(sideBox.x + sideBox.width).toBeLessThanOrEqual(size.viewport.width);
      if (size.phone) expect(sideBox.width).toBe(size.viewport.width);
      const editorWorkflow = side.getByTestId("claim-panel").getByRole("region", { name: "Workflow" });
      await editorWorkflow.getByRole("button", { name: "Approve and publish" }).click();
      await expect(editorWorkflow.getByTestId("workflow-published")).toContainText("approved by Eda Editor");
      await shot(editor, "review-approved");
      await side.getByRole("button", { name: "Close", exact: true }).click();
      await expect(side).toHaveCount(0);

      await switcher.getByRole("button", { name: /^Published/ }).click();
      await expect(editor.getByRole("region", { name: "Published", exact: true }).getByRole("article", { name: claim.statement, exact: true })).toBeVisible();
      await expect(workflow.getByTestId("workflow-published"), "the checker's panel follows live").toContainText("Disputed");
      await checker.context().close();
      await editor.context().close();
    });

    test(size.phone ? "the review board's filters fold behind a Filters button that says how many are set" : "the review board shows its filters", async ({
      browser,
    }) => {
      const page = await pageAs(browser, "editor", size);
      await page.goto(`/boards/${boardId}/review`);
      await expect(page.getByTestId("live-status")).toContainText("Live");
      const toolbar = page.getByRole("search", { name: "Filter claims" });
      const toggle = toolbar.getByRole("button", { name: /^Filters/ });
      // A select inside its label is named by the label and its chosen option ("Assignee Anyone").
      const assignee = toolbar.getByRole("combobox", { name: /^Assignee/, includeHidden: true });
      await expect(assignee, "folded, not left out").toHaveCount(1);
      await expect(toolbar.getByRole("searchbox", { name: "Search statements and quotes" })).toBeVisible();
      if (!size.phone) {
        await expect(toggle).toBeHidden();
        await expect(assignee).toBeVisible();
        const bulk = page.getByRole("group", { name: "Bulk actions" });
        await expect(bulk.getByRole("button", { name: /^Bulk actions/ })).toBeHidden();
        await expect(bulk.getByRole("combobox", { name: "Assign selected to" })).toBeVisible();
        await page.context().close();
        return;
      }
      // Folded, the first screen reaches the stage switcher (the filters alone filled it).
      await expect(toggle).toHaveAttribute("aria-expanded", "false");
      await expect(toggle).toHaveText(/^Filters\b/);
      await expect(assignee).toBeHidden();
      const switcher = (await page.getByRole("group", { name: "Stage shown" }).boundingBox())!;
      expect(switcher.y + switcher.height, "the stage switcher is on the first screen").toBeLessThanOrEqual(size.viewport.height);
      await expectTouchTargets(toolbar);
      // So do the bulk actions, behind their own button, and the first card is on the first screen.
      const bulk = page.getByRole("group", { name: "Bulk actions" });
      const bulkToggle = bulk.getByRole("button", { name: /^Bulk actions/ });
      const assignTo = bulk.getByRole("combobox", { name: "Assign selected to", includeHidden: true });
      await expect(bulkToggle).toHaveAttribute("aria-expanded", "false");
      await expect(assignTo).toBeHidden();
      const firstCard = (await page.locator("[data-review-card]").first().boundingBox())!;
      expect(firstCard.y, "the first card starts on the first screen").toBeLessThan(size.viewport.height - 100);
      await shot(page, "review-filters-folded");
      await bulkToggle.click();
      await expect(bulkToggle).toHaveAttribute("aria-expanded", "true");
      await expect(assignTo).toBeVisible();
      await expectTouchTargets(bulk);
      await bulkToggle.click();
      await expect(assignTo).toBeHidden();
      // A selection keeps them open: they are how it is acted on.
      const select = page.locator("[data-review-card]").first().getByRole("checkbox");
      await select.check();
      await expect(assignTo).toBeVisible();
      await expect(bulkToggle).toBeHidden();
      await select.uncheck();
      await expect(assignTo).toBeHidden();

      // From the keyboard: Enter opens, a filter set is counted on the button, Space folds them again.
      await toggle.focus();
      await page.keyboard.press("Enter");
      await expect(toggle).toHaveAttribute("aria-expanded", "true");
      await expect(assignee).toBeVisible();
      await expectTouchTargets(toolbar);
      await assignee.selectOption({ label: "Nobody (unassigned)" });
      await expect(page).toHaveURL(/[?&]assignee=none(&|$)/);
      await expect(toggle).toHaveText(/^Filters \(1 active\)/);
      await shot(page, "review-filters-open");
      await toggle.focus();
      await page.keyboard.press("Space");
      await expect(toggle).toHaveAttribute("aria-expanded", "false");
      await expect(assignee).toBeHidden();
      await expect(toggle, "the count stays while folded").toHaveText(/^Filters \(1 active\)/);
      await toolbar.getByRole("button", { name: "Clear filters" }).click();
      await expect(toggle).toHaveText(/^Filters\s*▾$/);
      await page.context().close();
    });

    test("comments can be read and posted from the claim sheet", async ({ browser, request }) => {
      const board = await exportBoard(request, boardId);
      const claim = board.claims.find((item) => item.selector.exact.includes("ceasefire"))!;
      const page = await pageAs(browser, "checker", size);
      await page.goto(`/boards/${boardId}`);
      await expect(page.getByTestId("live-status")).toContainText("Live");
      const { panel } = await openClaimFromList(page, size, "ceasefire", claim.statement);
      const discussion = panel.getByRole("region", { name: /^Discussion/ });
      await expect(discussion.getByRole("heading", { name: /\(\d+ comments?\)/ })).toBeVisible();
      const text = `E2E ${size.name} comment ${Date.now()}`;
      const box = discussion.getByRole("textbox", { name: "Add a comment" });
      await box.fill(text);
      await discussion.getByRole("button", { name: "Post comment" }).click();
      await expect(discussion.getByRole("article", { name: "Comment by Chen Checker" }).filter({ hasText: text })).toBeVisible();
      await expectFitsWidth(page);
      if (size.phone) await expectTouchTargets(discussion.locator(".comment-composer"));
      await discussion.getByRole("article", { name: "Comment by Chen Checker" }).filter({ hasText: text }).scrollIntoViewIfNeeded();
      await shot(page, "comments");
      await page.context().close();
    });

    test("the graph leaves the canvas to the graph: minimap hidden or small, controls reachable, a claim opens over it", async ({
      browser,
    }) => {
      const page = await pageAs(browser, "editor", size);
      await page.goto(`/boards/${boardId}/graph`);
      const node = page.locator('.react-flow__node[data-node-kind="claim"]').first();
      await expect(node).toBeVisible();
      await expectFitsWidth(page);
      // The board page fills the window below the header exactly, however tall the header wraps: the page itself
      // never scrolls, and the canvas's bottom edge (with its zoom controls) is on screen.
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(size.viewport.height);
      const canvasBox = (await page.locator(".graph-canvas").boundingBox())!;
      expect(canvasBox.y + canvasBox.height).toBeLessThanOrEqual(size.viewport.height);
      const minimap = page.locator(".react-flow__minimap");
      if (size.phone) await expect(minimap).toBeHidden();
      else expect((await minimap.boundingBox())!.width).toBeLessThanOrEqual(150);
      const zoomIn = page.getByRole("button", { name: "Zoom In" });
      await expect(zoomIn).toBeVisible();
      if (size.phone) expect((await zoomIn.boundingBox())!.height).toBeGreaterThanOrEqual(44);
      await zoomIn.click();
      await shot(page, "graph");

      await node.focus();
      await page.keyboard.press("Enter");
      const side = page.getByTestId("graph-side-panel");
      await expect(side.getByTestId("claim-panel")).toBeVisible();
      const box = (await side.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(size.viewport.width);
      const close = side.getByRole("button", { name: "Close claim panel" });
      await expect(close).toBeVisible();
      if (size.phone) expect((await close.boundingBox())!.height).toBeGreaterThanOrEqual(44);
      await shot(page, "graph-claim");
      await page.keyboard.press("Escape");
      await expect(side).toHaveCount(0);
      await page.context().close();
    });

    test(size.phone ? "in focus mode the canvas keeps most of the phone: filters and downloads fold behind buttons, the path is one line" : "in focus mode the graph shows its filters and downloads as they are", async ({
      browser,
      request,
    }) => {
      const board = await exportBoard(request, boardId);
      // The claim with the most lines in and out: a full neighbourhood, and a statement long enough to be cut short.
      const degree = new Map<string, number>();
      for (const id of [...board.relations.flatMap((r) => [r.fromClaimId, r.toClaimId]), ...board.links.map((l) => l.claimId)]) {
        degree.set(id, (degree.get(id) ?? 0) + 1);
      }
      const centre = [...degree.entries()].sort((a, b) => b[1] - a[1])[0]![0];
      const statement = board.claims.find((claim) => claim.id === centre)!.statement;
      const page = await pageAs(browser, "editor", size);
      await page.goto(`/boards/${boardId}/graph?focus=${centre}`);
      await expect(page.locator('.react-flow__node[data-node-kind="claim"]').first()).toBeVisible();
      const path = page.getByRole("navigation", { name: "Focus path" });
      await expect(path.locator("[aria-current]")).toHaveAttribute("title", statement);
      const toolbar = page.getByTestId("graph-toolbar");
      const filtersToggle = toolbar.getByRole("button", { name: /^Filters/ });
      const verdictFilter = page.getByTestId("filter-verdict");
      const downloads = page.getByRole("group", { name: "Download the current view" });
      const downloadToggle = downloads.getByRole("button", { name: "Download", exact: true });
      const png = downloads.getByRole("button", { name: "Download PNG" });
      if (!size.phone) {
        await expect(filtersToggle).toBeHidden();
        await expect(downloadToggle).toBeHidden();
        await expect(verdictFilter).toBeVisible();
        await expect(png).toBeVisible();
        await expect(page.getByRole("button", { name: "Leave focus (Esc)" })).toBeVisible();
        await page.context().close();
        return;
      }
      await expectFitsWidth(page);
      const canvas = (await page.locator(".graph-canvas").boundingBox())!;
      expect(canvas.height, `the canvas (${Math.round(canvas.height)} px) has most of the screen`).toBeGreaterThanOrEqual(0.55 * size.viewport.height);
      // The path is one line; its "Whole board" (which leaves focus) stays in view.
      expect((await path.locator("ol").boundingBox())!.height, "one line").toBeLessThanOrEqual(48);
      await expect(path.getByRole("button", { name: "Whole board" })).toBeInViewport();
      await expect(filtersToggle).toHaveAttribute("aria-expanded", "false");
      await expect(verdictFilter).toBeHidden();
      await expect(png).toBeHidden();
      await expectTouchTargets(toolbar);
      await expectTouchTargets(page.getByTestId("graph-focus-bar"));
      await expectTouchTargets(downloads);
      await shot(page, "graph-focus");

      // From the keyboard: Enter opens the filters, Tab reaches them (after the Layout button beside Filters), a filter set
      // is counted on the button; Escape closes the menu, then the filters, without leaving focus mode.
      await filtersToggle.focus();
      await page.keyboard.press("Enter");
      await expect(filtersToggle).toHaveAttribute("aria-expanded", "true");
      await expect(verdictFilter).toBeVisible();
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      await expect(verdictFilter.locator("summary")).toBeFocused();
      await page.keyboard.press("Enter");
      await page.keyboard.press("Tab");
      await expect(verdictFilter.getByRole("checkbox").first()).toBeFocused();
      await page.keyboard.press("Space");
      await expect(page).toHaveURL(/[?&]verdict=/);
      await expect(filtersToggle).toHaveText(/^Filters \(1 active\)/);
      await shot(page, "graph-filters-open");
      await page.keyboard.press("Escape");
      await expect(verdictFilter.locator("summary")).toBeFocused();
      await page.keyboard.press("Escape");
      await expect(filtersToggle).toBeFocused();
      await expect(filtersToggle).toHaveAttribute("aria-expanded", "false");
      await expect(verdictFilter).toBeHidden();
      await expect(filtersToggle, "the count stays while folded").toHaveText(/^Filters \(1 active\)/);
      await expect(page, "still in focus mode").toHaveURL(new RegExp(`[?&]focus=${centre}(&|$)`));

      // The downloads: Space opens them, Tab reaches PNG, Escape folds them back onto the button, a second press too.
      await downloadToggle.focus();
      await page.keyboard.press("Space");
      await expect(downloadToggle).toHaveAttribute("aria-expanded", "true");
      await page.keyboard.press("Tab");
      await expect(png).toBeFocused();
      await expectTouchTargets(downloads);
      await shot(page, "graph-downloads-open");
      await page.keyboard.press("Escape");
      await expect(downloadToggle).toBeFocused();
      await expect(png).toBeHidden();
      await page.keyboard.press("Enter");
      await expect(png).toBeVisible();
      await page.keyboard.press("Enter");
      await expect(downloadToggle).toHaveAttribute("aria-expanded", "false");
      await expect(png).toBeHidden();
      await expect(page).toHaveURL(new RegExp(`[?&]focus=${centre}(&|$)`));
      await page.context().close();
    });
  });
}

test("at 1280×800 a claim opens beside the claims list, and on the review board the Published column stays on screen", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const boardId = await seededBoardId(page.request);
  await page.goto(`/boards/${boardId}`);
  await claimsList(page).getByRole("searchbox", { name: "Search claims" }).fill("ceasefire");
  await claimsList(page).getByRole("listitem").first().getByRole("button").click();
  await expect(page.getByTestId("claim-panel")).toBeVisible();
  await expect(claimsList(page), "the list and its search stay beside the open claim").toBeVisible();
  await expect(claimsList(page).getByRole("searchbox", { name: "Search claims" })).toHaveValue("ceasefire");
  await shot(page, "desktop-claim-open");

  await page.goto(`/boards/${boardId}/review`);
  await page.getByRole("region", { name: "Unassigned", exact: true }).getByRole("article").first().click();
  await expect(page.getByTestId("review-side-panel")).toBeVisible();
  const side = (await page.getByTestId("review-side-panel").boundingBox())!;
  // With the panel open the board still has room for all five columns: Published stays on screen, left of the panel.
  await expect(page.getByRole("group", { name: "Stage shown" })).toBeHidden();
  const published = (await page.getByRole("region", { name: "Published", exact: true }).boundingBox())!;
  expect(published.x + published.width, "Published ends before the panel").toBeLessThanOrEqual(side.x);
  await expect(page.getByTestId("review-side-panel"), "the panel stays open").toBeVisible();
  await shot(page, "desktop-review-panel");
});
