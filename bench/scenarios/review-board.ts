// The review board of a 10,000-claim board in headless Chromium: from navigation until every claim is loaded,
// the first cards are drawn and the page responds; then one keystroke in its search box until the filtered
// board is on screen. The columns are virtualised, so both should not grow with the board (issue 9).
import type { Page } from "@playwright/test";
import { LOCAL_OWNER } from "../../lib/data/actor";
import { setBoardVisibility } from "../../lib/data/boards/set-board-visibility";
import { importSeedBoard } from "../../lib/data/seed/import-seed-board";
import { readDatabaseConfig } from "../../lib/db/database-config";
import { createPrismaClient } from "../../lib/db/prisma-client";
import { generateSyntheticBoard } from "../../lib/seed/synthetic-board";
import { PAGE_TIMEOUT_MS, VIEWPORT } from "../lib/page-load";
import { log, table } from "../lib/report";
import type { TScenario } from "../lib/scenario";
import { median, ms, p95 } from "../lib/stats";

const TARGET_LOAD_MS = 1_500;
/** The same board the search scenario seeds (one import when both run). */
const BOARD = { claims: 10_000, evidence: 2_000, links: 10_000, relations: 2_000, seed: 9 } as const;
/** Each changes what the board shows: a rare letter narrows it, Backspace brings every card back. */
const KEYSTROKES = ["q", "Backspace", "q", "Backspace", "q", "Backspace"] as const;

/** The whole board is loaded (no slice still coming), its count shows every claim, and a card is drawn. */
function boardReady(claims: number): boolean {
  if (document.querySelector(".board-loading progress")) return false;
  const count = document.querySelector('[data-testid="review-count"]')?.textContent ?? "";
  if (!count.startsWith(`${claims} of ${claims}`)) return false;
  const card = document.querySelector("[data-review-card]");
  const box = card?.getBoundingClientRect();
  return !!box && box.width > 0 && box.height > 0;
}

const responds = (page: Page) =>
  page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(() => r(), 0))));

export const reviewBoardScenario: TScenario = {
  name: "review-board",
  summary: `the review board of a 10,000-claim board: load until drawn and responsive (< ${TARGET_LOAD_MS / 1000} s), and a keystroke in its filter`,
  async run(bench) {
    const { base, databaseUrl } = await bench.app();
    const config = readDatabaseConfig(databaseUrl);
    const db = createPrismaClient(config);
    let boardId: string;
    try {
      log(`Seeding a board of ${BOARD.claims.toLocaleString("en")} claims for the review board …`);
      boardId = (await importSeedBoard(db, generateSyntheticBoard(BOARD))).boardId;
      await setBoardVisibility(db, LOCAL_OWNER, boardId, "public");
    } finally {
      await db.$disconnect();
    }
    const url = `${base}/boards/${boardId}/review`;
    const browser = await bench.browser();
    const runs = bench.options.runs;
    const loads: number[] = [];
    const keys: number[] = [];
    const drawnCards: number[] = [];
    log(`Loading ${url} (${runs} runs after a warm-up) and typing into its filter …`);
    for (let run = 0; run <= runs; run++) {
      const context = await browser.newContext({ viewport: VIEWPORT });
      const page = await context.newPage();
      try {
        const started = performance.now();
        const response = await page.goto(url, { waitUntil: "commit", timeout: PAGE_TIMEOUT_MS });
        if (!response?.ok()) throw new Error(`HTTP ${response?.status()} for ${url}`);
        await page.waitForFunction(boardReady, BOARD.claims, { polling: "raf", timeout: PAGE_TIMEOUT_MS });
        await responds(page);
        const loadMs = performance.now() - started;
        const cards = await page.locator("[data-review-card]").count();
        const search = page.getByRole("searchbox", { name: "Search statements and quotes" });
        await search.focus();
        const perKey: number[] = [];
        for (const key of KEYSTROKES) {
          const before = await page.getByTestId("review-count").textContent();
          const pressed = performance.now();
          await page.keyboard.press(key);
          // The filtered count is on screen and the page takes input again.
          await page.waitForFunction((text) => document.querySelector('[data-testid="review-count"]')?.textContent !== text, before, {
            polling: "raf",
            timeout: PAGE_TIMEOUT_MS,
          });
          await responds(page);
          perKey.push(performance.now() - pressed);
        }
        if (run > 0) {
          loads.push(loadMs);
          keys.push(...perKey);
          drawnCards.push(cards);
        }
      } finally {
        await context.close();
      }
    }
    const loadP50 = median(loads);
    const keyP50 = median(keys);
    const rows = [
      ["Figure", "median", "p95", "runs"],
      ["Load until drawn and responsive", ms(loadP50), ms(p95(loads)), String(loads.length)],
      ["Keystroke until the filtered board shows (q, then Backspace, three times)", ms(keyP50), ms(p95(keys)), String(keys.length)],
      ["Cards drawn after load (of 10,000)", String(median(drawnCards)), "", String(drawnCards.length)],
    ];
    return {
      report: `Review board (${BOARD.claims.toLocaleString("en")} claims, signed out, ${VIEWPORT.width}×${VIEWPORT.height})\n\n${table(rows)}`,
      targets: [
        {
          name: `The review board of ${BOARD.claims.toLocaleString("en")} claims loads (drawn and responsive)`,
          figure: ms(loadP50),
          limit: `< ${TARGET_LOAD_MS} ms`,
          pass: loadP50 < TARGET_LOAD_MS,
          measured: true,
          note: `a keystroke in its filter: ${ms(keyP50)} median; ${median(drawnCards)} cards drawn`,
        },
      ],
      json: { reviewBoard: { claims: BOARD.claims, loads, keys, drawnCards } },
    };
  },
};
