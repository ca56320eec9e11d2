import { expect, test, type Page } from "@playwright/test";
import { storageStatePath } from "./accounts";
import { seededBoardId } from "./helpers";

// Reading the article and the review board at scale (issue 9): the reader chooses what the article
// highlights (remembered, keyboard-usable), an opinion wears one label everywhere, the review board's
// columns draw only the cards near view yet arrow keys and the filter reach every card, Published stays
// on screen with a claim open, and the home page shows each board's progress.

type TClaim = { id: string; number: number; statement: string; checkable: boolean; verdict: string; stage: string; checkworthiness: number };

async function boardClaims(page: Page, boardId: string): Promise<TClaim[]> {
  const response = await page.request.get(`/api/boards/${boardId}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { claims: TClaim[] }).claims;
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`) });
}

const markers = (page: Page) => page.locator("article.article-text .claim-marker");
const isOpinion = (claim: TClaim) => claim.stage !== "published" && (!claim.checkable || claim.verdict === "opinion");
/** What "Checkable only" leaves out, published or not (lib/anchoring/highlight-choice.ts). */
const isNotCheckable = (claim: TClaim) => !claim.checkable || claim.verdict === "opinion";

test.use({ storageState: storageStatePath("viewer") });

test("the reader chooses what the article highlights, from the keyboard; the choice is in the address and remembered", async ({ page }) => {
  const boardId = await seededBoardId(page.request);
  const claims = await boardClaims(page, boardId);
  const opinions = claims.filter(isOpinion);
  expect(opinions.length, "the Basra board has opinion claims").toBeGreaterThan(0);
  await page.goto(`/boards/${boardId}`);
  await expect(markers(page)).toHaveCount(claims.length);
  const controls = page.getByRole("group", { name: "Highlight in the article" });
  await expect(controls.getByTestId("highlight-count")).toHaveText(`Highlighting ${claims.length} of ${claims.length} claims`);

  // An opinion is labelled "Opinion" in the article (icon and words, not colour alone), drawn quieter.
  const opinion = opinions[0]!;
  const opinionMarker = page.locator(`article .claim-marker[data-claim-id="${opinion.id}"]`);
  await expect(opinionMarker).toHaveAttribute("data-verdict", "opinion");
  await expect(opinionMarker).toHaveAttribute("aria-label", /Verdict: Opinion\.$/);
  await expect(opinionMarker).toHaveClass(/\bopinion\b/);
  await expect(page.locator(`article mark[data-claim-id="${opinion.id}"]`).first()).toHaveClass(/\bopinion\b/);
  await shot(page, "article-all-1440");

  // Checkable only, chosen with the keyboard.
  const checkableOnly = controls.getByRole("button", { name: "Checkable only" });
  await checkableOnly.focus();
  await page.keyboard.press("Enter");
  await expect(checkableOnly).toHaveAttribute("aria-pressed", "true");
  const checkable = claims.filter((claim) => !isNotCheckable(claim)).length;
  await expect(markers(page)).toHaveCount(checkable);
  await expect(page.locator('article .claim-marker[data-verdict="opinion"]')).toHaveCount(0);
  await expect(controls.getByTestId("highlight-count")).toHaveText(`Highlighting ${checkable} of ${claims.length} claims`);
  await expect(page).toHaveURL(/[?&]hl=checkable(&|$)/);

  // And a check-worthiness threshold on top.
  await controls.getByRole("combobox", { name: "Check-worthiness" }).selectOption("70");
  const worthy = claims.filter((claim) => !isNotCheckable(claim) && Math.round(claim.checkworthiness * 100) >= 70);
  await expect(markers(page)).toHaveCount(worthy.length);
  await expect(page).toHaveURL(/[?&]worth=70(&|$)/);
  await shot(page, "article-checkable-1440");

  // A claim left out still opens from the list, its quote highlighted while it is open.
  const leftOut = claims.find((claim) => !worthy.includes(claim))!;
  await page.getByRole("complementary", { name: "Claims" }).locator(`.claim-list-item[data-claim-id="${leftOut.id}"]`).click();
  await expect(page.locator(`article .claim-marker[data-claim-id="${leftOut.id}"]`)).toBeVisible();
  await expect(markers(page)).toHaveCount(worthy.length + 1);

  // Reloaded without the address's choice, the board remembers it; a shared address wins.
  await page.goto(`/boards/${boardId}`);
  await expect(markers(page)).toHaveCount(worthy.length);
  await expect(controls.getByRole("button", { name: "Checkable only" })).toHaveAttribute("aria-pressed", "true");
  await page.goto(`/boards/${boardId}?hl=all`);
  await expect(markers(page)).toHaveCount(claims.length);
});

test("an opinion wears the same label on the review board as in the article", async ({ page }) => {
  const boardId = await seededBoardId(page.request);
  const opinion = (await boardClaims(page, boardId)).find((claim) => isOpinion(claim) && claim.stage === "unassigned")!;
  await page.goto(`/boards/${boardId}/review?q=${encodeURIComponent(opinion.statement.slice(0, 40))}`);
  const card = page.locator(`[data-review-card="${opinion.id}"]`);
  await expect(card.locator(".verdict-badge")).toHaveText("❝Opinion");
  await expect(card).not.toContainText("Recorded, not reviewed");
});

test("the review board at phone size: one column, every card reached by arrow keys though only those near view are drawn", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const boardId = await seededBoardId(page.request);
  const claims = await boardClaims(page, boardId);
  const unassigned = claims.filter((claim) => claim.stage === "unassigned").length;
  await page.goto(`/boards/${boardId}/review`);
  const column = page.getByRole("region", { name: "Unassigned", exact: true });
  await expect(column).toBeVisible();
  await expect(page.locator(".review-column").filter({ visible: true })).toHaveCount(1);
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
  expect(widths.scroll, "nothing overflows sideways").toBeLessThanOrEqual(widths.inner);
  await expect(page.getByTestId("review-count-unassigned")).toContainText(String(unassigned));
  const cards = column.locator("[data-review-card]");
  await expect(cards.first()).toBeVisible();
  const drawn = await cards.count();
  expect(drawn, "only the cards near view are drawn").toBeLessThan(unassigned);
  await shot(page, "review-phone-390");

  // Arrow down past every card drawn at first: each next card is drawn and focused.
  await cards.first().focus();
  for (let i = 1; i <= drawn + 3; i++) await page.keyboard.press("ArrowDown");
  const focused = page.locator("[data-review-card]:focus");
  await expect(focused).toHaveCount(1);
  await expect(page.locator("[data-card-index]:has([data-review-card]:focus)")).toHaveAttribute("data-card-index", String(drawn + 3));
  await page.keyboard.press("ArrowUp");
  await expect(page.locator("[data-card-index]:has([data-review-card]:focus)")).toHaveAttribute("data-card-index", String(drawn + 2));
  await shot(page, "review-phone-390-scrolled");

  // The filter still finds a card far down the column.
  const last = claims.filter((claim) => claim.stage === "unassigned").at(-1)!;
  await page.getByRole("searchbox", { name: "Search statements and quotes" }).fill(`${last.statement.slice(0, 50)}`);
  await expect(page.getByRole("article", { name: last.statement, exact: true })).toBeVisible();
});

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 1280, height: 800 },
]) {
  test(`at ${viewport.width}×${viewport.height} the review board keeps all five columns, Published included, beside an open claim`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const boardId = await seededBoardId(page.request);
    await page.goto(`/boards/${boardId}/review`);
    await page.getByRole("region", { name: "Unassigned", exact: true }).getByRole("article").first().click();
    const side = page.getByTestId("review-side-panel");
    await expect(side.getByTestId("claim-panel")).toBeVisible();
    const sideBox = (await side.boundingBox())!;
    for (const stage of ["Unassigned", "Researching", "Ready for review", "Returned", "Published"]) {
      await expect(page.getByRole("region", { name: stage, exact: true })).toBeVisible();
    }
    const published = (await page.getByRole("region", { name: "Published", exact: true }).boundingBox())!;
    expect(published.x + published.width, "Published ends before the panel").toBeLessThanOrEqual(sideBox.x);
    expect(published.width, "Published is wide enough to read").toBeGreaterThan(130);
    await expect(page.getByRole("group", { name: "Stage shown" })).toBeHidden();
    await shot(page, `review-panel-${viewport.width}`);
  });
}

test("the home page shows each board's progress", async ({ page }) => {
  const boardId = await seededBoardId(page.request);
  const claims = await boardClaims(page, boardId);
  const published = claims.filter((claim) => claim.stage === "published").length;
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto("/");
    const card = page.locator(".board-card", { has: page.locator(`a[href="/boards/${boardId}"]`) });
    await expect(card.getByTestId("board-progress")).toContainText(`${published} of ${claims.length} published`);
    const bar = card.getByRole("progressbar", { name: `${published} of ${claims.length} published` });
    await expect(bar).toHaveJSProperty("value", published);
    await expect(bar).toHaveJSProperty("max", Math.max(claims.length, 1));
    await shot(page, `home-${viewport.width}`);
  }
});

test("at phone size the article shows its highlight choice and a sheet's 'Claims list' returns to the list and its search", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const boardId = await seededBoardId(page.request);
  await page.goto(`/boards/${boardId}`);
  // Closed on a phone, so the article keeps the height; one press opens it.
  const panel = page.getByTestId("highlight-panel");
  await expect(panel.locator("> summary")).toContainText("Highlight: all claims");
  await expect(page.getByRole("group", { name: "Highlight in the article" })).toBeHidden();
  await shot(page, "article-phone-390");
  await panel.locator("> summary").click();
  await expect(page.getByRole("group", { name: "Highlight in the article" })).toBeVisible();
  await shot(page, "article-phone-390-highlight-open");
  await panel.locator("> summary").click();
  await page.getByRole("group", { name: "Show" }).getByRole("button", { name: /^Claims/ }).click();
  const list = page.getByRole("complementary", { name: "Claims" });
  await list.getByRole("searchbox", { name: "Search claims" }).fill("ceasefire");
  await list.getByRole("listitem").first().getByRole("button").first().click();
  const sheet = page.getByTestId("article-side-panel");
  await expect(sheet.getByTestId("claim-panel")).toBeVisible();
  await sheet.getByRole("button", { name: "Claims list" }).click();
  await expect(sheet).toBeHidden();
  await expect(list.getByRole("searchbox", { name: "Search claims" })).toBeFocused();
  await expect(list.getByRole("searchbox", { name: "Search claims" })).toHaveValue("ceasefire");
});
