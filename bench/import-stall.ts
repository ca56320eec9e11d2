// npx tsx --conditions=react-server bench/import-stall.ts [-- --port 3350 --claims 20000 --skip-build]
//
// Measures what a large import costs everyone else, against a production build on a fresh SQLite database:
// - how long a concurrent `GET /api/boards` waits while a board of --claims claims is imported (p50 and max),
//   next to the same request's wait with nothing else going on (the baseline of this run);
// - the import's own duration (plain JSON answer, and as a progress stream);
// - the imported board's page (HTML bytes of /boards/:id);
// - the server's peak resident memory (all processes of its group) during the run.
// Standalone until the benchmark's scenarios are split (bench/README.md says how to wire it in).
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { contentHash } from "../lib/anchoring/content-hash";
import { boardPlanToExport } from "../lib/export/board-plan-to-export";
import { LIMITS } from "../lib/schemas/fields";
import { generateSyntheticBoard } from "../lib/seed/synthetic-board";
import { ensureProductionBuild } from "../scripts/production-build.mjs";

const { values: args } = parseArgs({
  options: {
    port: { type: "string", default: "3350" },
    claims: { type: "string", default: "20000" },
    "skip-build": { type: "boolean", default: false },
  },
});
const PORT = Number(args.port);
const CLAIMS = Number(args.claims);
const BASE = `http://127.0.0.1:${PORT}`;
const ROOT = process.cwd();
const RESULTS_DIR = join(ROOT, "bench", "results");
const DB_FILE = join(RESULTS_DIR, "import-stall.db");
const EDITOR = { email: "editor@demo.claimgraph.test", password: "claimgraph-demo" };

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

function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Resident memory (MB) of every process in the server's process group. */
function groupRssMb(pgid: number): number {
  let kb = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== pgid) continue;
      const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${entry}/status`, "utf8"));
      if (match) kb += Number(match[1]);
    } catch {
      // The process ended while we looked.
    }
  }
  return Math.round(kb / 1024);
}

async function startServer(): Promise<ChildProcess> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) rmSync(DB_FILE + suffix, { force: true });
  const env = { ...process.env, PORT: String(PORT), DATABASE_URL: `file:${DB_FILE}`, CLAIMGRAPH_AUTH_RATE_LIMIT: "off", NEXT_TELEMETRY_DISABLED: "1" };
  const out = createWriteStream(join(RESULTS_DIR, "import-stall-server.log"));
  // As `npm start` does, without its build check (main() builds unless --skip-build).
  execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/db-prepare.ts"], { cwd: ROOT, env, stdio: "ignore" });
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${BASE}/api/boards`)).ok) return child;
    } catch {
      // Not up yet.
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error("The server did not start; see bench/results/import-stall-server.log");
}

async function signIn(): Promise<string> {
  const response = await fetch(`${BASE}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: BASE },
    body: JSON.stringify(EDITOR),
  });
  if (!response.ok) throw new Error(`Sign-in failed: ${response.status} ${await response.text()}`);
  return response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

/** Times GET /api/boards back to back (a short pause between) until `until` settles. */
async function probeWhile(until: Promise<unknown>): Promise<number[]> {
  let done = false;
  void until.finally(() => (done = true));
  const waits: number[] = [];
  while (!done) {
    const started = performance.now();
    await (await fetch(`${BASE}/api/boards`)).arrayBuffer();
    waits.push(performance.now() - started);
    await new Promise((r) => setTimeout(r, 20));
  }
  return waits;
}

async function importOnce(cookie: string, body: string, stream: boolean): Promise<{ id: string; ms: number; events: number }> {
  const started = performance.now();
  const response = await fetch(`${BASE}/api/boards/import`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, origin: BASE, ...(stream ? { accept: "application/x-ndjson" } : {}) },
    body,
  });
  const text = await response.text();
  const ms = performance.now() - started;
  if (!stream || !response.headers.get("content-type")?.includes("ndjson")) {
    if (response.status !== 201) throw new Error(`Import answered ${response.status}: ${text.slice(0, 500)}`);
    return { id: (JSON.parse(text) as { id: string }).id, ms, events: 1 };
  }
  const events = text.trim().split("\n").map((line) => JSON.parse(line) as { type: string; id?: string; error?: string });
  const last = events.at(-1);
  if (last?.type !== "done" || !last.id) throw new Error(`Import stream ended with ${JSON.stringify(last)}`);
  return { id: last.id, ms, events: events.length };
}

async function main() {
  if (!args["skip-build"]) ensureProductionBuild({ root: ROOT });
  const body = JSON.stringify(largeImportFile(CLAIMS));
  const server = await startServer();
  const pgid = server.pid!;
  let peakRss = groupRssMb(pgid);
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, groupRssMb(pgid))), 50);
  try {
    const cookie = await signIn();
    const idle = await probeWhile(new Promise((r) => setTimeout(r, 2_000)));
    const rssBefore = groupRssMb(pgid);
    const results: Record<string, unknown> = {};
    for (const stream of [false, true]) {
      const running = importOnce(cookie, body, stream);
      const waits = await probeWhile(running);
      const imported = await running;
      const page = await fetch(`${BASE}/boards/${imported.id}`, { headers: { cookie } });
      const html = await page.arrayBuffer();
      results[stream ? "streamed" : "plain"] = {
        importMs: Math.round(imported.ms),
        progressEvents: imported.events,
        concurrentGetWaitMs: { p50: Math.round(percentile(waits, 50)), max: Math.round(Math.max(...waits)), samples: waits.length },
        pageStatus: page.status,
        pageHtmlBytes: html.byteLength,
      };
    }
    const report = {
      claims: CLAIMS,
      bodyBytes: body.length,
      idleGetWaitMs: { p50: Math.round(percentile(idle, 50)), max: Math.round(Math.max(...idle)) },
      rssMb: { beforeImports: rssBefore, peak: peakRss },
      ...results,
    };
    console.log(JSON.stringify(report, null, 2));
    writeFileSync(join(RESULTS_DIR, "import-stall.json"), JSON.stringify(report, null, 2));
  } finally {
    clearInterval(sampler);
    try {
      process.kill(-pgid, "SIGTERM");
    } catch {
      // Already gone.
    }
  }
}

await main();
