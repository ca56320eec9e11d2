import { expect, test, type APIRequestContext } from "@playwright/test";
import { SIGNED_OUT } from "./accounts";
import { exportBoard, seededBoardId } from "./helpers";

// Stable claim numbers, each claim's permalink, and search across boards, in the real app.
const setVisibility = async (request: APIRequestContext, boardId: string, visibility: "public" | "private") => {
  const response = await request.put(`/api/boards/${boardId}/visibility`, { data: { visibility } });
  expect(response.ok()).toBe(true);
};

test.describe.serial("claim numbers, permalinks and search", () => {
  let boardId: string;
  let claim: { id: string; number: number; statement: string; selector: { exact: string } };
  let visibility: "public" | "private";

  test.beforeAll(async ({ request }) => {
    boardId = await seededBoardId(request);
    const board = await exportBoard(request, boardId);
    visibility = (board.board as unknown as { visibility: "public" | "private" }).visibility;
    const withNumbers = board.claims as unknown as (typeof claim)[];
    // A claim late in the article, so opening its permalink has to scroll.
    claim = withNumbers.reduce((latest, c) => (c.number > latest.number ? c : latest));
  });

  test("a claim's permalink opens the article at its quote with its panel open", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/boards/${boardId}/claims/${claim.number}`);
    const panel = page.getByTestId("claim-panel");
    await expect(panel).toBeVisible();
    await expect(panel.getByRole("heading", { name: claim.statement })).toBeVisible();
    await expect(panel.getByTestId("claim-permalink")).toHaveText(`Claim #${claim.number}`);
    const marker = page.locator(`.claim-marker[data-claim-id="${claim.id}"]`);
    await expect(marker).toHaveAccessibleName(new RegExp(`^Claim ${claim.number}: `));
    await expect(marker).toContainText(String(claim.number));
    await expect(marker).toBeInViewport();
    await expect(page.getByRole("navigation", { name: "Board views" }).getByRole("link", { name: "Article", exact: true })).toHaveAttribute("aria-current", "page");
    await page.screenshot({ path: "test-results/claim-permalink-1280.png" });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "test-results/claim-permalink-390.png" });
  });

  test("a number the board never gave, and a malformed one, get the not-found page", async ({ page }) => {
    for (const number of ["99999", "0", "abc"]) {
      const response = await page.goto(`/boards/${boardId}/claims/${number}`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    }
  });

  test("an outsider gets the same not-found page for a private board's permalink as for a missing board", async ({ browser, request }) => {
    await setVisibility(request, boardId, "private");
    const context = await browser.newContext({ storageState: SIGNED_OUT });
    try {
      const page = await context.newPage();
      const missing = await page.goto(`/boards/nosuchboard/claims/${claim.number}`);
      const missingText = await page.locator("main").innerText();
      const hidden = await page.goto(`/boards/${boardId}/claims/${claim.number}`);
      expect([missing?.status(), hidden?.status()]).toEqual([404, 404]);
      expect(await page.locator("main").innerText()).toBe(missingText);
      // Search finds nothing of a private board for them either.
      const search = await context.request.get(`/api/search?q=${encodeURIComponent(claim.selector.exact.split(" ").slice(0, 3).join(" "))}`);
      expect(search.status()).toBe(200);
      expect(((await search.json()) as { results: { board: { id: string } }[] }).results.filter((r) => r.board.id === boardId)).toEqual([]);
    } finally {
      await context.close();
      await setVisibility(request, boardId, visibility);
    }
  });

  test("the search page finds a claim by its quote and opens it at its permalink", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto("/");
    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search$/);
    await page.getByRole("searchbox").fill("1,600 had been hoping");
    await page.getByRole("button", { name: "Search" }).click();
    // The seeded board's claim: other specs import copies of this board, which the search finds too.
    const result = page
      .getByTestId("search-result")
      .filter({ hasText: "Some 1,600 had been hoping" })
      .filter({ has: page.locator(`a[href^="/boards/${boardId}/claims/"]`) });
    await expect(result).toBeVisible();
    await expect(result).toContainText(/Claim #\d+/);
    await page.screenshot({ path: "test-results/search-1280.png" });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "test-results/search-390.png" });
    await result.getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`/boards/${boardId}/claims/\\d+$`));
    await expect(page.getByTestId("claim-panel")).toContainText("1,600");
  });

  test("the search page and the API say plainly what they can't search for", async ({ page, request }) => {
    await page.goto(`/search?q=${encodeURIComponent('"*()')}`);
    await expect(page.locator("main").getByRole("alert")).toContainText("at least one word");
    for (const q of ["", "a".repeat(201), '"*() :', "%00"]) {
      const response = await request.get(`/api/search?q=${q === "%00" ? q : encodeURIComponent(q)}`);
      expect(response.status(), q.slice(0, 20)).toBe(400);
      expect(((await response.json()) as { error: string }).error).toMatch(/^q /);
    }
    const missing = await request.get("/api/search");
    expect(missing.status()).toBe(400);
    const syntax = await request.get(`/api/search?q=${encodeURIComponent('basra" OR NEAR(troops*')}`);
    expect(syntax.status()).toBe(200);
  });

  test("the search page searches as you type, keeps ?q= in the address and announces the count", async ({ page }) => {
    await page.goto("/search");
    await page.locator("form[role=search][data-ready]").waitFor();
    const box = page.getByRole("searchbox");
    const status = page.locator("main").getByRole("status");
    // Typed, never submitted: no navigation, the results follow the text.
    await box.pressSequentially("ceasefire", { delay: 20 });
    const results = page.getByTestId("search-results");
    await expect(results).toHaveAttribute("data-query", "ceasefire");
    await expect(results.getByTestId("search-result").first()).toBeVisible();
    await expect(status).toContainText(/result/);
    await expect(page).toHaveURL(/\/search\?q=ceasefire$/);
    // A changed query replaces the results (and the address), and a query with nothing to find says so.
    await box.fill("zzqqxxnotaword");
    await expect(status).toHaveText("Nothing found.");
    await expect(page.getByTestId("search-result")).toHaveCount(0);
    await expect(page).toHaveURL(/\?q=zzqqxxnotaword$/);
    // Text with nothing to search for is refused in words, without asking the server.
    await box.fill('"*()');
    await expect(page.locator("main").getByRole("alert")).toContainText("at least one word");
    // Emptied: no results, and the address is bare /search again.
    await box.fill("");
    await expect(page.getByTestId("search-results")).toHaveCount(0);
    await expect(page).toHaveURL(/\/search$/);
    // The address is shareable: loading it renders the same results on the server.
    await box.fill("ceasefire");
    await expect(page).toHaveURL(/\?q=ceasefire$/);
    await page.reload();
    await expect(page.getByRole("searchbox")).toHaveValue("ceasefire");
    await expect(page.getByTestId("search-results")).toHaveAttribute("data-query", "ceasefire");
    // Keyboard: Tab from the box reaches the Search button, then the first result's link.
    await page.getByRole("searchbox").focus();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Search" })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByTestId("search-result").first().getByRole("link")).toBeFocused();
  });

  test("without scripts the search page is a plain form that the server answers", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, storageState: "e2e/.auth/editor.json" });
    try {
      const page = await context.newPage();
      await page.goto("/search");
      await page.getByRole("searchbox").fill("ceasefire");
      await page.getByRole("button", { name: "Search" }).click();
      await expect(page).toHaveURL(/\/search\?q=ceasefire$/);
      await expect(page.getByTestId("search-result").first()).toBeVisible();
    } finally {
      await context.close();
    }
  });
});
