// Large imports: what importing a board of 20,000 claims costs everyone else. A concurrent
// GET /api/boards is timed back to back while the import runs (plain JSON answer, then as a
// progress stream), against the same request's wait with nothing else going on (this run's
// baseline); also the import's own duration, the imported board page's HTML and the server's peak RSS.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { contentHash } from "../../lib/anchoring/content-hash";
import { boardPlanToExport } from "../../lib/export/board-plan-to-export";
import { LIMITS } from "../../lib/schemas/fields";
import { generateSyntheticBoard } from "../../lib/seed/synthetic-board";
import { startServer, stopServer } from "../lib/app-server";
import { benchServerEnv } from "../lib/context";
import { ROOT } from "../lib/options";
import { processGroupMainThreadSchedule } from "../lib/process-cpu";
import { processGroupRssMb } from "../lib/process-memory";
import { log, table, type TTarget } from "../lib/report";
import type { TScenario } from "../lib/scenario";
import { kb, ms, percentile } from "../lib/stats";

const CLAIMS = 20_000;
const IDLE_MS = 2_000;
const PROBE_GAP_MS = 20;
const TARGETS = { concurrentWaitMaxMs: 250 } as const;
/** One of the demo accounts scripts/db-prepare.ts creates (password in the README). */
const EDITOR = { email: "editor@demo.claimgraph.test", password: "claimgraph-demo" };

type TWaits = { p50: number; max: number; samples: number };
/** serverRanMs / serverQueuedMs: how long the server's main thread ran, and waited runnable for a core (other work on
 * the machine), while the import ran: a wait made of queueing for a core is the machine's load, not the app's. */
type TImportResult = {
  importMs: number;
  progressEvents: number;
  concurrentGetWaitMs: TWaits;
  serverRanMs: number;
  serverQueuedMs: number;
  pageStatus: number;
  pageHtmlBytes: number;
};

const sleep = (milliseconds: number) => new Promise((r) => setTimeout(r, milliseconds));

/**
 * An export of `claims` claims, a quarter as many evidence items and a link per claim, within the import's limits
 * (an article of at most 500,000 characters, a file of at most 20 MB): the synthetic board, its article cut to the
 * limit, and the claims that quoted past the cut quoting an earlier claim's passage instead.
 */
function largeImportFile(claims: number) {
  const exported = boardPlanToExport(generateSyntheticBoard({ claims, evidence: Math.ceil(claims / 4), links: claims, seed: 7 }));
  const text = exported.article.text.slice(0, LIMITS.articleText);
  const fitting = exported.claims.filter((claim) => claim.selector.end <= text.length);
  exported.claims.forEach((claim, i) => {
    if (claim.selector.end > text.length) claim.selector = { ...fitting[i % fitting.length]!.selector };
  });
  return { ...exported, article: { ...exported.article, text, contentHash: contentHash(text) } };
}

function waitsOf(waits: number[]): TWaits {
  return { p50: Math.round(percentile(waits, 0.5)), max: Math.round(Math.max(...waits)), samples: waits.length };
}

async function signIn(base: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    // Password hashing is slow on a busy machine, but a sign-in that never answers is the benchmark breaking.
    signal: AbortSignal.timeout(120_000),
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify(EDITOR),
  });
  if (!response.ok) throw new Error(`Sign-in of the demo editor answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

/** Times GET /api/boards back to back (a short pause between) until `until` settles; at least once. */
async function probeWhile(base: string, until: Promise<unknown>): Promise<number[]> {
  let done = false;
  void until.then(
    () => (done = true),
    () => (done = true),
  );
  const waits: number[] = [];
  do {
    const started = performance.now();
    await (await fetch(`${base}/api/boards`)).arrayBuffer();
    waits.push(performance.now() - started);
    await sleep(PROBE_GAP_MS);
  } while (!done);
  return waits;
}

async function importOnce(base: string, cookie: string, body: string, stream: boolean): Promise<{ id: string; ms: number; events: number }> {
  const started = performance.now();
  const response = await fetch(`${base}/api/boards/import`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, origin: base, ...(stream ? { accept: "application/x-ndjson" } : {}) },
    body,
  });
  const text = await response.text();
  const elapsed = performance.now() - started;
  if (!stream || !response.headers.get("content-type")?.includes("ndjson")) {
    if (response.status !== 201) throw new Error(`The import answered ${response.status}: ${text.slice(0, 300)}`);
    return { id: (JSON.parse(text) as { id: string }).id, ms: elapsed, events: 1 };
  }
  const events = text.trim().split("\n").map((line) => JSON.parse(line) as { type: string; id?: string; error?: string });
  const last = events.at(-1);
  if (last?.type !== "done" || !last.id) throw new Error(`The import's stream ended with ${JSON.stringify(last).slice(0, 300)}`);
  return { id: last.id, ms: elapsed, events: events.length };
}

export const importStallScenario: TScenario = {
  name: "import-stall",
  summary: `a concurrent GET /api/boards's wait while a board of ${CLAIMS.toLocaleString("en")} claims is imported (max ≤ ${TARGETS.concurrentWaitMaxMs} ms), plain and streamed`,
  async run(bench) {
    await bench.build();
    const port = bench.port(7);
    const base = `http://127.0.0.1:${port}`;
    mkdirSync(join(ROOT, "data"), { recursive: true });
    const file = resolve(ROOT, "data", `bench-import-${Date.now()}.db`);
    const databaseUrl = `file:${file}`;
    bench.defer(() => {
      for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
    });
    // Sign-in limits are off: they apply to /api/auth only, not to what is measured.
    const env = { ...benchServerEnv(databaseUrl), CLAIMGRAPH_AUTH_RATE_LIMIT: "off" };
    log(`Import stall: preparing a fresh database as npm start does (migrations, the Basra board, the demo accounts) …`);
    execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/db-prepare.ts"], {
      cwd: ROOT,
      env: { ...env, CLAIMGRAPH_DEMO: "1" },
      // Its errors end up in the exception's message.
      stdio: ["ignore", "ignore", "pipe"],
    });
    const body = JSON.stringify(largeImportFile(CLAIMS));
    log(`Import stall: starting the app on ${base}; the import file is ${kb(body.length)} …`);
    const { child } = await startServer({ port, env, logName: "import-stall-server.log", probePath: "/api/boards" });
    bench.defer(() => stopServer(child));
    const pgid = child.pid!;
    let peakRssMb = processGroupRssMb(pgid);
    const sampler = setInterval(() => (peakRssMb = Math.max(peakRssMb, processGroupRssMb(pgid))), 50);
    const results: Partial<Record<"plain" | "streamed", TImportResult>> = {};
    const failed: Partial<Record<"plain" | "streamed", string>> = {};
    let idle: TWaits;
    let rssBeforeMb: number;
    try {
      const cookie = await signIn(base);
      idle = waitsOf(await probeWhile(base, sleep(IDLE_MS)));
      rssBeforeMb = processGroupRssMb(pgid);
      for (const mode of ["plain", "streamed"] as const) {
        log(`Import stall: importing ${CLAIMS} claims (${mode}) while timing GET /api/boards …`);
        const before = processGroupMainThreadSchedule(pgid);
        const running = importOnce(base, cookie, body, mode === "streamed");
        const waits = await probeWhile(base, running);
        const after = processGroupMainThreadSchedule(pgid);
        try {
          const imported = await running;
          const page = await fetch(`${base}/boards/${imported.id}`, { headers: { cookie } });
          const html = await page.arrayBuffer();
          results[mode] = {
            importMs: Math.round(imported.ms),
            progressEvents: imported.events,
            concurrentGetWaitMs: waitsOf(waits),
            serverRanMs: Math.round(after.ranMs - before.ranMs),
            serverQueuedMs: Math.round(after.queuedMs - before.queuedMs),
            pageStatus: page.status,
            pageHtmlBytes: html.byteLength,
          };
        } catch (error) {
          // The app refusing or breaking the import is a figure not measured, not the benchmark breaking.
          failed[mode] = (error as Error).message.split("\n")[0]!;
          log(`Import stall (${mode}) not measured: ${failed[mode]}`);
        }
      }
    } finally {
      clearInterval(sampler);
    }

    const targets: TTarget[] = (["plain", "streamed"] as const).map((mode) => {
      const result = results[mode];
      return {
        name: `Longest wait of a concurrent GET /api/boards during a ${CLAIMS.toLocaleString("en")}-claim import (${mode === "plain" ? "plain answer" : "progress stream"})`,
        figure: result ? `${ms(result.concurrentGetWaitMs.max)} (p50 ${ms(result.concurrentGetWaitMs.p50)}; import ${ms(result.importMs)}; idle max ${ms(idle.max)})` : "not measured",
        limit: `≤ ${TARGETS.concurrentWaitMaxMs} ms`,
        pass: Boolean(result && result.concurrentGetWaitMs.max <= TARGETS.concurrentWaitMaxMs),
        measured: Boolean(result),
        note: failed[mode],
      };
    });
    const rows = [["Import", "import", "events", "GET wait p50", "GET wait max", "GETs", "server ran / waited for a core", "board page"]];
    rows.push(["none (idle, baseline)", "", "", ms(idle.p50), ms(idle.max), String(idle.samples), "", ""]);
    for (const mode of ["plain", "streamed"] as const) {
      const result = results[mode];
      if (!result) rows.push([`${mode}: not measured`, failed[mode] ?? ""]);
      else {
        const { importMs, progressEvents, concurrentGetWaitMs: waits, serverRanMs, serverQueuedMs, pageStatus, pageHtmlBytes } = result;
        const server = `${ms(serverRanMs)} / ${ms(serverQueuedMs)}`;
        rows.push([mode, ms(importMs), String(progressEvents), ms(waits.p50), ms(waits.max), String(waits.samples), server, `${pageStatus}, ${kb(pageHtmlBytes)} HTML`]);
      }
    }
    const report = [
      `Large import: ${CLAIMS.toLocaleString("en")} claims (${kb(body.length)} of JSON) imported by the demo editor, GET /api/boards timed back to back meanwhile (nearest-rank p50); server peak RSS ${peakRssMb} MB (${rssBeforeMb} MB before the imports)\n`,
      table(rows),
    ].join("\n");
    return {
      report,
      targets,
      json: { importStall: { claims: CLAIMS, bodyBytes: body.length, idleGetWaitMs: idle, rssMb: { beforeImports: rssBeforeMb, peak: peakRssMb }, ...results, failed } },
    };
  },
};
