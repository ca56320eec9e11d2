// The search page in headless Chromium, as a reader uses it: the query typed into its box and Enter pressed, timed
// until the first result is drawn (the frame in which it has a box), and until that frame is painted and the page
// takes input again. The page is a plain form, so Enter is a navigation to /search?q=… whose HTML holds the results.
import type { Browser, Page } from "@playwright/test";
import { PAGE_TIMEOUT_MS, VIEWPORT } from "./page-load";

export type TSearchPageSample = { query: string; drawnMs: number; respondsMs: number; results: number };

/** The first result is laid out with a non-zero box in this frame (checked in a requestAnimationFrame callback). */
function resultDrawn(): boolean {
  const box = document.querySelector('[data-testid="search-result"]')?.getBoundingClientRect();
  return !!box && box.width > 0 && box.height > 0;
}

const responds = (page: Page) =>
  page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(() => r(), 0))));

/** One round: each query typed on a freshly loaded search page, then Enter. The first round is a warm-up. */
export async function timeSearchPage(browser: Browser, base: string, queries: readonly string[], rounds: number): Promise<TSearchPageSample[]> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const samples: TSearchPageSample[] = [];
  try {
    const page = await context.newPage();
    for (let round = 0; round <= rounds; round++) {
      for (const query of queries) {
        await page.goto(`${base}/search`, { waitUntil: "load", timeout: PAGE_TIMEOUT_MS });
        const box = page.getByRole("searchbox");
        await box.fill(query);
        await responds(page);
        const pressed = performance.now();
        await box.press("Enter");
        await page.waitForURL((url) => url.searchParams.get("q") === query, { waitUntil: "commit", timeout: PAGE_TIMEOUT_MS });
        await page.waitForFunction(resultDrawn, undefined, { polling: "raf", timeout: PAGE_TIMEOUT_MS });
        const drawnMs = performance.now() - pressed;
        await responds(page);
        const respondsMs = performance.now() - pressed;
        const results = await page.getByTestId("search-result").count();
        if (round > 0) samples.push({ query, drawnMs, respondsMs, results });
      }
    }
  } finally {
    await context.close();
  }
  return samples;
}
