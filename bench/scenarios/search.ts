// GET /api/search over 10,000 claims: the app's time to the last byte against the bare FTS5 query on the same
// SQLite file, run in this process with better-sqlite3, in the same run; beside it the same route's answer to a query
// it refuses (400 before any database read: what Next.js and the route cost per request). Then the search page in
// Chromium: the query typed key by key (the page searches as you type), from the last key until its results are on screen.
import Database from "better-sqlite3";
import { LOCAL_OWNER } from "../../lib/data/actor";
import { setBoardVisibility } from "../../lib/data/boards/set-board-visibility";
import { importSeedBoard } from "../../lib/data/seed/import-seed-board";
import { readDatabaseConfig } from "../../lib/db/database-config";
import { createPrismaClient } from "../../lib/db/prisma-client";
import { fts5MatchExpression, readSearchQuery } from "../../lib/search/search-query";
import { generateSyntheticBoard } from "../../lib/seed/synthetic-board";
import { timeSearchPage } from "../lib/search-page-timing";
import { ENDPOINT_RUNS, ENDPOINT_WARMUPS, measureEndpoint, timedGet } from "../lib/endpoint-timing";
import { VIEWPORT } from "../lib/page-load";
import { log, table } from "../lib/report";
import type { TScenario } from "../lib/scenario";
import { median, ms, p95 } from "../lib/stats";

const TARGET_P50_MS = 20;
const TARGET_ON_SCREEN_MS = 100;
const BOARD = { claims: 10_000, evidence: 2_000, links: 10_000, relations: 2_000, seed: 9 } as const;
/** Common and rare words of the synthetic boards, a phrase, and a prefix (a search box being typed into). */
const QUERIES = ["grain exports", "unemployment", "hospital waiting times", "doubled since 2019", "vacc"] as const;

export const searchScenario: TScenario = {
  name: "search",
  summary: `GET /api/search over a board of 10,000 claims (p50 < ${TARGET_P50_MS} ms) against the bare FTS5 query, and the search page's results on screen (< ${TARGET_ON_SCREEN_MS} ms)`,
  async run(bench) {
    const { base, databaseUrl } = await bench.app();
    const config = readDatabaseConfig(databaseUrl);
    if (config.provider !== "sqlite") throw new Error("The search scenario reads the benchmark's SQLite file");
    const db = createPrismaClient(config);
    try {
      log(`Seeding a board of ${BOARD.claims.toLocaleString("en")} claims to search …`);
      const { boardId } = await importSeedBoard(db, generateSyntheticBoard(BOARD));
      await setBoardVisibility(db, LOCAL_OWNER, boardId, "public");
    } finally {
      await db.$disconnect();
    }
    const claims = countClaims(config.file);

    log(`Timing GET /api/search (${QUERIES.length} queries, ${ENDPOINT_WARMUPS} warm-ups, ${ENDPOINT_RUNS} requests each, signed out) …`);
    const app: number[] = [];
    const rows = [["Query", "app p50", "app p95", "bare p50", "results"]];
    const bare = new Database(config.file, { readonly: true });
    const bareTimes: number[] = [];
    try {
      const statement = bare.prepare(
        `SELECT "rowid", bm25("SearchText", 2.0, 1.0) AS "rank" FROM "SearchText" WHERE "SearchText" MATCH ? ORDER BY "rank" LIMIT 50`,
      );
      for (const q of QUERIES) {
        const result = await measureEndpoint(`search ${q}`, `${base}/api/search?q=${encodeURIComponent(q)}`);
        const read = readSearchQuery(q);
        if (!read.ok) throw new Error(read.problem);
        const match = fts5MatchExpression(read.terms);
        const times: number[] = [];
        for (let i = 0; i < ENDPOINT_WARMUPS + ENDPOINT_RUNS; i++) {
          const started = performance.now();
          statement.all(match);
          if (i >= ENDPOINT_WARMUPS) times.push(performance.now() - started);
        }
        bareTimes.push(...times);
        const { body } = await timedGet(`${base}/api/search?q=${encodeURIComponent(q)}`);
        const found = (JSON.parse(new TextDecoder().decode(body)) as { results: unknown[] }).results.length;
        if (result.measured) app.push(...result.all);
        rows.push([q, result.measured ? ms(result.median) : result.reason, result.measured ? ms(result.p95) : "", ms(median(times)), String(found)]);
      }
    } finally {
      bare.close();
    }
    const floor: number[] = [];
    for (let i = 0; i < ENDPOINT_WARMUPS + ENDPOINT_RUNS; i++) {
      const { response, elapsed } = await timedGet(`${base}/api/search?q=`);
      if (response.status !== 400) throw new Error(`GET /api/search?q= answered ${response.status}, not 400`);
      if (i >= ENDPOINT_WARMUPS) floor.push(elapsed);
    }

    log(`Typing each query into the search page (${bench.options.runs} rounds after a warm-up) …`);
    const onScreen = await timeSearchPage(await bench.browser(), base, QUERIES, bench.options.runs);
    const drawn = onScreen.map((sample) => sample.drawnMs);
    const pageRows = [
      ["Query", "drawn p50", "drawn p95", "responds p50", "results"],
      ...QUERIES.map((q) => {
        const mine = onScreen.filter((sample) => sample.query === q);
        const d = mine.map((sample) => sample.drawnMs);
        return [q, ms(median(d)), ms(p95(d)), ms(median(mine.map((sample) => sample.respondsMs))), String(mine[0]?.results ?? 0)];
      }),
    ];
    const onScreenP50 = median(drawn);

    const measured = app.length === QUERIES.length * ENDPOINT_RUNS;
    const appP50 = measured ? median(app) : NaN;
    const bareP50 = median(bareTimes);
    return {
      report:
        `Search (GET /api/search over ${claims.toLocaleString("en")} claims on every board, signed out; time to the last byte)\n\n` +
        `${table(rows)}\n\nAll queries: app p50 ${ms(appP50)}, p95 ${ms(measured ? p95(app) : NaN)}; bare FTS5 query p50 ${ms(bareP50)} ` +
        `(the app's p50 is ${measured ? (appP50 / bareP50).toFixed(1) : "?"}× the bare query's, which has no HTTP, permissions or result rows to read); ` +
        `the route's 400 for an empty q (no database read) p50 ${ms(median(floor))}.\n\n` +
        `Search page (Chromium, ${VIEWPORT.width}×${VIEWPORT.height}, signed out): the query typed into its box a key at a time, from the last key ` +
        `until the results for the whole query are drawn, and until that frame is painted and the page responds\n\n${table(pageRows)}`,
      targets: [
        {
          name: `Search over ${claims.toLocaleString("en")} claims (p50 of ${app.length} requests)`,
          figure: measured ? `${ms(appP50)} (bare FTS5 ${ms(bareP50)})` : "not measured",
          limit: `< ${TARGET_P50_MS} ms`,
          pass: measured && appP50 < TARGET_P50_MS,
          measured,
        },
        {
          name: "Search page: results on screen after the last key typed",
          figure: ms(onScreenP50),
          limit: `< ${TARGET_ON_SCREEN_MS} ms`,
          pass: onScreenP50 < TARGET_ON_SCREEN_MS,
          measured: drawn.length > 0,
          note: `p50 of ${drawn.length}; drawn and responsive ${ms(median(onScreen.map((sample) => sample.respondsMs)))}`,
        },
      ],
      json: { search: { claims, appP50, bareP50, app, bare: bareTimes, routeFloor: floor, searchPage: onScreen } },
    };
  },
};

function countClaims(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(`SELECT COUNT(*) AS n FROM "Claim"`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}
