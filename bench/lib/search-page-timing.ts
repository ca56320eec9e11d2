// The search page in headless Chromium, as a reader uses it: the query typed into its box one key at a time, timed
// from the last key until the results for the whole query are drawn (the frame in which the list, marked with the
// query it answers, has a first result with a box), and until that frame is painted and the page takes input again.
// The page searches as you type (GET /api/search after a short pause, stale requests aborted), so no key but the last
// one's answer counts, and a list still showing an earlier prefix's results does not either.
import type { Browser, Page } from "@playwright/test";
import { PAGE_TIMEOUT_MS, VIEWPORT } from "./page-load";

export type TSearchPageSample = { query: string; drawnMs: number; respondsMs: number; results: number };

/** A gap between keys as a quick typist leaves (longer than the page's pause, so earlier prefixes are searched too). */
const KEY_DELAY_MS = 80;

/** The results for `query` are laid out, their first with a non-zero box, in this frame (checked in a requestAnimationFrame callback). */
function resultsDrawn(query: string): boolean {
  const list = document.querySelector('[data-testid="search-results"]');
  if (list?.getAttribute("data-query") !== query) return false;
  const box = list.querySelector('[data-testid="search-result"]')?.getBoundingClientRect();
  return !!box && box.width > 0 && box.height > 0;
}

const responds = (page: Page) =>
  page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(() => r(), 0))));

/** One round: each query typed on a freshly loaded search page. The first round is a warm-up. */
export async function timeSearchPage(browser: Browser, base: string, queries: readonly string[], rounds: number): Promise<TSearchPageSample[]> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const samples: TSearchPageSample[] = [];
  try {
    const page = await context.newPage();
    for (let round = 0; round <= rounds; round++) {
      for (const query of queries) {
        await page.goto(`${base}/search`, { waitUntil: "load", timeout: PAGE_TIMEOUT_MS });
        // Typing starts once the page is hydrated (it marks its form), as a reader's first key lands on a loaded page.
        await page.locator("form[role=search][data-ready]").waitFor({ timeout: PAGE_TIMEOUT_MS });
        const box = page.getByRole("searchbox");
        await box.focus();
        await box.pressSequentially(query.slice(0, -1), { delay: KEY_DELAY_MS });
        await page.waitForTimeout(KEY_DELAY_MS);
        const pressed = performance.now();
        await page.keyboard.press(query.slice(-1));
        await page.waitForFunction(resultsDrawn, query, { polling: "raf", timeout: PAGE_TIMEOUT_MS });
        const drawnMs = performance.now() - pressed;
        await responds(page);
        const respondsMs = performance.now() - pressed;
        const results = await page.getByTestId("search-result").count();
        if (new URL(page.url()).searchParams.get("q") !== query) throw new Error(`The search page's address did not follow the query ${query}`);
        if (round > 0) samples.push({ query, drawnMs, respondsMs, results });
      }
    }
  } finally {
    await context.close();
  }
  return samples;
}
