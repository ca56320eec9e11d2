// npm run bench [-- --runs 5 --rebuild --skip-build --profile --port 3300 --keep-db]
//
// Measures, in one run, against a production build:
// - the graph page of a synthetic board (1,000 claims, 1,000 evidence, 3,000 links)
//   from navigation until its nodes are drawn and the page responds, in headless Chromium;
// - a bare React Flow page with as many default nodes and edges, and the ratio of the two;
// - the seeded Basra board's graph page;
// - the latency of the synthetic board's graph and export endpoints.
// Prints each figure with PASS/FAIL per target and writes bench/results/latest.json.
// Exits 0 whenever the measurements ran (a missed target is a finding, not an error);
// non-zero only when the benchmark itself broke (build, server, seeding, browser).
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, createWriteStream, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { importSeedBoard } from "../lib/data/seed/import-seed-board";
import { LOCAL_OWNER } from "../lib/data/actor";
import { setBoardVisibility } from "../lib/data/boards/set-board-visibility";
import { readDatabaseConfig } from "../lib/db/database-config";
import { migrateDatabase } from "../lib/db/migrate-database";
import { createPrismaClient } from "../lib/db/prisma-client";
import { buildBoardGraph } from "../lib/graph/build-board-graph";
import { BASRA_SEED_KEY, readSeedBoard } from "../lib/seed/read-seed-board";
import type { TSeedBoardPlan } from "../lib/seed/seed-file";
import { generateSyntheticBoard } from "../lib/seed/synthetic-board";
import { ensureProductionBuild } from "../scripts/production-build.mjs";

// ---------------------------------------------------------------- settings

const TARGETS = {
  graphToBareRatio: 1.5,
  exportMs: 300,
  seededGraphInteractiveMs: 1000,
} as const;
const SYNTHETIC = { claims: 1000, evidence: 1000, links: 3000, seed: 1 } as const;
const ENDPOINT_WARMUPS = 2;
const ENDPOINT_RUNS = 20;
const PAGE_TIMEOUT_MS = 60_000;
const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];
const VIEWPORT = { width: 1440, height: 900 };
const DIST_DIR = ".next";

const ROOT = process.cwd();
const RESULTS_DIR = join(ROOT, "bench", "results");

const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "5" },
    port: { type: "string", default: process.env.BENCH_PORT ?? "3300" },
    rebuild: { type: "boolean", default: false },
    "skip-build": { type: "boolean", default: false },
    profile: { type: "boolean", default: false },
    "keep-db": { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (args.help) {
  console.log(
    "npm run bench [-- --runs N] [--port N] [--rebuild | --skip-build] [--profile] [--keep-db]\nSee bench/README.md.",
  );
  process.exit(0);
}
const RUNS = Number(args.runs);
const PORT = Number(args.port);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`--runs must be a whole number of at least 1 (got ${args.runs})`);
if (!Number.isInteger(PORT) || PORT < 1 || PORT > 65535) throw new Error(`--port must be a port number (got ${args.port})`);
const BASE = `http://127.0.0.1:${PORT}`;

// ---------------------------------------------------------------- statistics

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
/** Nearest-rank 95th percentile (with 5 runs: the slowest). */
function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)]!;
}
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const ms = (value: number) => `${Math.round(value)} ms`;
const kb = (bytes: number) => (bytes >= 1_048_576 ? `${round(bytes / 1_048_576, 2)} MB` : `${round(bytes / 1024, 1)} KB`);

function log(message: string) {
  console.log(`[bench] ${message}`);
}

class NotMeasured extends Error {}

// ---------------------------------------------------------------- database

async function prepareDatabase(databaseUrl: string) {
  const config = readDatabaseConfig(databaseUrl);
  await migrateDatabase(config);
  const db = createPrismaClient(config);
  try {
    const basraPlan = readSeedBoard(BASRA_SEED_KEY);
    const basra = await importSeedBoard(db, basraPlan);
    const started = performance.now();
    const syntheticPlan = generateSyntheticBoard(SYNTHETIC);
    const generatedMs = performance.now() - started;
    const importStarted = performance.now();
    const synthetic = await importSeedBoard(db, syntheticPlan);
    const importMs = performance.now() - importStarted;
    // The benchmark measures what a reader of a published board sees, signed out.
    for (const boardId of [basra.boardId, synthetic.boardId]) await setBoardVisibility(db, LOCAL_OWNER, boardId, "public");
    return { basra: { id: basra.boardId, plan: basraPlan }, synthetic: { id: synthetic.boardId, plan: syntheticPlan }, generatedMs, importMs };
  } finally {
    await db.$disconnect();
  }
}

/** Nodes and edges the graph view shows for a board with no filter, by the app's own graph builder. */
function graphSize(plan: TSeedBoardPlan): { nodes: number; edges: number } {
  const graph = buildBoardGraph({
    claims: plan.claims.map((c) => ({ id: c.key, verdict: c.verdict, kind: c.kind })),
    evidence: plan.evidence.map((e) => ({ id: e.key })),
    links: plan.links.map((l, i) => ({ id: `l${i}`, claimId: l.claim, evidenceId: l.evidence, stance: l.stance })),
    relations: plan.relations.map((r, i) => ({ id: `r${i}`, fromClaimId: r.from, toClaimId: r.to, type: r.type })),
  } as unknown as Parameters<typeof buildBoardGraph>[0]);
  return { nodes: graph.nodes.length, edges: graph.edges.length };
}

// ---------------------------------------------------------------- build and server

function tail(file: string, lines = 40): string {
  return existsSync(file) ? readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n") : "(no log)";
}

async function buildApp(): Promise<{ built: boolean; ms: number }> {
  if (args["skip-build"]) {
    if (!existsSync(join(ROOT, DIST_DIR, "BUILD_ID"))) throw new Error(`--skip-build, but there is no build in ${DIST_DIR}`);
    log(`Using the existing build in ${DIST_DIR} (--skip-build).`);
    return { built: false, ms: 0 };
  }
  const logFile = join(RESULTS_DIR, "build.log");
  log(`Checking the production build in ${DIST_DIR} (the one npm start serves; log: ${relative(ROOT, logFile)}) …`);
  const logFd = openSync(logFile, "w");
  try {
    const result = ensureProductionBuild({ root: ROOT, force: Boolean(args.rebuild), stdio: ["ignore", logFd, logFd] });
    log(result.built ? `Built in ${round(result.ms / 1000)} s.` : "The build is up to date; not rebuilding (--rebuild forces it).");
    return result;
  } catch (error) {
    throw new Error(`next build failed. Last lines of ${relative(ROOT, logFile)}:\n${tail(logFile)}`, { cause: error });
  } finally {
    closeSync(logFd);
  }
}

async function answers(url: string): Promise<number | null> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return null;
  }
}

async function startServer(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; logFile: string }> {
  if ((await answers(`${BASE}/`)) !== null) {
    throw new Error(`Something already answers on port ${PORT}; stop it or pass --port (or BENCH_PORT).`);
  }
  const logFile = join(RESULTS_DIR, "server.log");
  const out = createWriteStream(logFile);
  // Its own process group, so stopping it stops whatever it started.
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  let exited: number | null | undefined;
  child.on("exit", (code) => (exited = code));
  const deadline = Date.now() + 60_000;
  const probe = `${BASE}/bench/bare-react-flow?nodes=1&edges=0`;
  while (Date.now() < deadline) {
    if (exited !== undefined) throw new Error(`next start exited (${exited}). Last lines of ${relative(ROOT, logFile)}:\n${tail(logFile)}`);
    const status = await answers(probe);
    if (status === 200) return { child, logFile };
    if (status !== null) {
      await stopServer(child);
      throw new Error(`The server answers ${status} for ${probe}: is CLAIMGRAPH_BENCH=1 reaching it, and is the bare page in the build?`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stopServer(child);
  throw new Error(`The server did not answer on ${BASE} within 60 s. Last lines of ${relative(ROOT, logFile)}:\n${tail(logFile)}`);
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      /* already gone */
    }
  }, 5_000);
  await exited;
  clearTimeout(timer);
}

// ---------------------------------------------------------------- page loads

type TLoadSample = {
  /** Wall clock from just before page.goto until the responsiveness probe returns (the figure). */
  respondsMs: number;
  /** Wall clock until nodes were first seen drawn. */
  drawnMs: number;
  /** In-page times since navigation start. */
  page: {
    ttfbMs: number;
    htmlDoneMs: number;
    domContentLoadedMs: number;
    loadMs: number;
    drawnMs: number;
    respondsMs: number;
  };
  htmlBytes: number;
  scriptBytes: number;
  longTasks: { count: number; totalMs: number; maxMs: number; blockingMs: number };
  /** Renderer metrics from CDP, accumulated over the load. */
  cpu: { scriptMs: number; layoutMs: number; recalcStyleMs: number; taskMs: number };
  heapUsedMB: number;
  domNodes: number;
  renderedNodes: number;
  renderedEdges: number;
  marks: { name: string; startTime: number; duration: number; entryType: string }[];
};

declare global {
  interface Window {
    __benchLongTasks?: { start: number; duration: number }[];
    __benchDrawnAt?: number;
  }
}

/** Runs in every page before its scripts: collects long tasks. */
function observeLongTasks() {
  window.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__benchLongTasks!.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch {
    /* not supported */
  }
}

/**
 * Nodes are drawn: a React Flow node is visible and has a non-zero box. React
 * Flow keeps nodes at inline visibility:hidden until it has measured them; the
 * attribute selector finds measured ones without forcing style or layout on
 * thousands of hidden nodes every frame (which would slow the page it measures).
 */
function nodesDrawn(): boolean {
  const visible = document.querySelectorAll('.react-flow__node:not([style*="visibility: hidden"])');
  for (let i = 0; i < visible.length && i < 20; i++) {
    const box = visible[i]!.getBoundingClientRect();
    if (box.width > 0 && box.height > 0) {
      window.__benchDrawnAt ??= performance.now();
      return true;
    }
  }
  return false;
}

function metric(metrics: { name: string; value: number }[], name: string): number {
  return metrics.find((m) => m.name === name)?.value ?? 0;
}

async function openPage(context: BrowserContext): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  return { page, cdp };
}

async function gotoAndWait(page: Page, url: string): Promise<{ t0: number; tDrawn: number; tResponds: number; inPageResponds: number }> {
  const t0 = performance.now();
  const response = await page.goto(url, { waitUntil: "commit", timeout: PAGE_TIMEOUT_MS });
  if (!response) throw new NotMeasured(`no response for ${url}`);
  if (!response.ok()) throw new NotMeasured(`HTTP ${response.status()} for ${url}`);
  try {
    await page.waitForFunction(nodesDrawn, undefined, { polling: "raf", timeout: PAGE_TIMEOUT_MS });
  } catch (error) {
    const count = await page.locator(".react-flow__node").count().catch(() => -1);
    throw new NotMeasured(
      `nodes never appeared drawn within ${PAGE_TIMEOUT_MS / 1000} s on ${url} (.react-flow__node count: ${count}): ${(error as Error).message.split("\n")[0]}`,
    );
  }
  const tDrawn = performance.now();
  const inPageResponds = await page.evaluate(
    () => new Promise<number>((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0))),
  );
  const tResponds = performance.now();
  return { t0, tDrawn, tResponds, inPageResponds };
}

async function measureLoad(context: BrowserContext, url: string): Promise<TLoadSample> {
  const { page, cdp } = await openPage(context);
  try {
    const { t0, tDrawn, tResponds, inPageResponds } = await gotoAndWait(page, url);
    const { metrics } = await cdp.send("Performance.getMetrics");
    const details = await page.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
      const resources = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
      const drawnAt = window.__benchDrawnAt ?? 0;
      return {
        ttfbMs: nav?.responseStart ?? 0,
        htmlDoneMs: nav?.responseEnd ?? 0,
        domContentLoadedMs: nav?.domContentLoadedEventEnd ?? 0,
        loadMs: nav?.loadEventEnd ?? 0,
        drawnMs: drawnAt,
        htmlBytes: nav?.decodedBodySize ?? 0,
        scriptBytes: resources.filter((r) => r.initiatorType === "script").reduce((sum, r) => sum + r.decodedBodySize, 0),
        longTasks: window.__benchLongTasks ?? [],
        renderedNodes: document.querySelectorAll(".react-flow__node").length,
        renderedEdges: document.querySelectorAll(".react-flow__edge").length,
        marks: [...performance.getEntriesByType("mark"), ...performance.getEntriesByType("measure")].map((e) => ({
          name: e.name,
          startTime: e.startTime,
          duration: e.duration,
          entryType: e.entryType,
        })),
      };
    });
    await cdp.send("HeapProfiler.collectGarbage").catch(() => undefined);
    const { metrics: afterGc } = await cdp.send("Performance.getMetrics");
    const tasks = details.longTasks.filter((t) => t.start < inPageResponds);
    return {
      respondsMs: tResponds - t0,
      drawnMs: tDrawn - t0,
      page: {
        ttfbMs: details.ttfbMs,
        htmlDoneMs: details.htmlDoneMs,
        domContentLoadedMs: details.domContentLoadedMs,
        loadMs: details.loadMs,
        drawnMs: details.drawnMs,
        respondsMs: inPageResponds,
      },
      htmlBytes: details.htmlBytes,
      scriptBytes: details.scriptBytes,
      longTasks: {
        count: tasks.length,
        totalMs: tasks.reduce((s, t) => s + t.duration, 0),
        maxMs: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
        blockingMs: tasks.reduce((s, t) => s + Math.max(0, t.duration - 50), 0),
      },
      cpu: {
        scriptMs: metric(metrics, "ScriptDuration") * 1000,
        layoutMs: metric(metrics, "LayoutDuration") * 1000,
        recalcStyleMs: metric(metrics, "RecalcStyleDuration") * 1000,
        taskMs: metric(metrics, "TaskDuration") * 1000,
      },
      heapUsedMB: metric(afterGc, "JSHeapUsedSize") / 1_048_576,
      domNodes: metric(afterGc, "Nodes"),
      renderedNodes: details.renderedNodes,
      renderedEdges: details.renderedEdges,
      marks: details.marks,
    };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

type TPageResult =
  | { name: string; url: string; measured: false; reason: string }
  | {
      name: string;
      url: string;
      measured: true;
      runs: TLoadSample[];
      respondsMs: { median: number; p95: number; all: number[] };
      drawnMs: { median: number; p95: number };
      summary: {
        ttfbMs: number;
        htmlDoneMs: number;
        domContentLoadedMs: number;
        drawnMs: number;
        respondsMs: number;
        scriptMs: number;
        layoutMs: number;
        recalcStyleMs: number;
        taskMs: number;
        longTaskMaxMs: number;
        blockingMs: number;
        heapUsedMB: number;
        domNodes: number;
        htmlBytes: number;
        scriptBytes: number;
        renderedNodes: number;
        renderedEdges: number;
      };
    };

function summarise(name: string, url: string, runs: TLoadSample[]): TPageResult {
  const m = (pick: (s: TLoadSample) => number) => median(runs.map(pick));
  const responds = runs.map((r) => r.respondsMs);
  return {
    name,
    url,
    measured: true,
    runs,
    respondsMs: { median: median(responds), p95: p95(responds), all: responds.map((v) => round(v)) },
    drawnMs: { median: m((r) => r.drawnMs), p95: p95(runs.map((r) => r.drawnMs)) },
    summary: {
      ttfbMs: m((r) => r.page.ttfbMs),
      htmlDoneMs: m((r) => r.page.htmlDoneMs),
      domContentLoadedMs: m((r) => r.page.domContentLoadedMs),
      drawnMs: m((r) => r.page.drawnMs),
      respondsMs: m((r) => r.page.respondsMs),
      scriptMs: m((r) => r.cpu.scriptMs),
      layoutMs: m((r) => r.cpu.layoutMs),
      recalcStyleMs: m((r) => r.cpu.recalcStyleMs),
      taskMs: m((r) => r.cpu.taskMs),
      longTaskMaxMs: m((r) => r.longTasks.maxMs),
      blockingMs: m((r) => r.longTasks.blockingMs),
      heapUsedMB: m((r) => r.heapUsedMB),
      domNodes: m((r) => r.domNodes),
      htmlBytes: m((r) => r.htmlBytes),
      scriptBytes: m((r) => r.scriptBytes),
      renderedNodes: m((r) => r.renderedNodes),
      renderedEdges: m((r) => r.renderedEdges),
    },
  };
}

// ---------------------------------------------------------------- where time goes (trace, profile)

type TTraceEvent = { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: Record<string, unknown> };

const TRACE_BUCKETS: [RegExp, string][] = [
  [/^(MinorGC|MajorGC|V8\.GC|BlinkGC|ThreadState::|CppGC)/, "gc"],
  [/^(EvaluateScript|v8\.|V8\.|FunctionCall|TimerFire|FireAnimationFrame|EventDispatch|RunMicrotasks|FireIdleCallback|HandlePostMessage|ScheduledAction)/, "scripting"],
  [/^(UpdateLayoutTree|RecalculateStyles|Layout|HitTest|IntersectionObserver|UpdateLayer|InvalidateLayout|Document::(recalcStyle|UpdateStyleAndLayout|rebuildLayoutTree|updateStyleInvalidationIfNeeded)|LocalFrameView::(performLayout|UpdateStyleAndLayout)|Blink\.(ForcedStyleAndLayout|Style|Layout))/, "style & layout"],
  [/^(PrePaint|Paint|PaintImage|Layerize|CompositeLayers|Commit|UpdateLayerTree|Decode|Rasterize|RasterTask|Blink\.(PrePaint|Paint|CompositingInputs|Layerize))/, "paint & composite"],
  [/^(ParseHTML|ParseAuthorStyleSheet|HTMLDocumentParser|ResourceReceivedData|ResourceFinish|ResourceSendRequest|ResourceReceiveResponse)/, "parse HTML & CSS"],
];

function bucketOf(name: string): string {
  for (const [pattern, bucket] of TRACE_BUCKETS) if (pattern.test(name)) return bucket;
  return "other";
}

/** Self time on the page's renderer main thread by DevTools-like category, between navigation and the responsiveness probe. */
function summariseTrace(buffer: Buffer): { buckets: Record<string, number>; topEvents: { name: string; selfMs: number }[] } {
  const parsed = JSON.parse(buffer.toString("utf8")) as { traceEvents?: TTraceEvent[] } | TTraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const mainThreads = events.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain");
  // Complete events per thread (B/E pairs turned into X).
  const byThread = new Map<string, { name: string; ts: number; dur: number }[]>();
  const open = new Map<string, TTraceEvent[]>();
  for (const event of events) {
    const key = `${event.pid}:${event.tid}`;
    if (event.ph === "X" && event.dur !== undefined) {
      (byThread.get(key) ?? byThread.set(key, []).get(key)!).push({ name: event.name, ts: event.ts, dur: event.dur });
    } else if (event.ph === "B") {
      (open.get(key) ?? open.set(key, []).get(key)!).push(event);
    } else if (event.ph === "E") {
      const begin = open.get(key)?.pop();
      if (begin) (byThread.get(key) ?? byThread.set(key, []).get(key)!).push({ name: begin.name, ts: begin.ts, dur: event.ts - begin.ts });
    }
  }
  let best: { name: string; ts: number; dur: number }[] = [];
  let bestTotal = -1;
  for (const thread of mainThreads) {
    const list = byThread.get(`${thread.pid}:${thread.tid}`) ?? [];
    const total = list.filter((e) => e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask").reduce((s, e) => s + e.dur, 0);
    if (total > bestTotal) {
      bestTotal = total;
      best = list;
    }
  }
  best.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const selfByName = new Map<string, number>();
  const stack: { name: string; end: number; self: number }[] = [];
  const close = (frame: { name: string; self: number }) => selfByName.set(frame.name, (selfByName.get(frame.name) ?? 0) + frame.self);
  for (const event of best) {
    while (stack.length && stack[stack.length - 1]!.end <= event.ts) close(stack.pop()!);
    const parent = stack[stack.length - 1];
    if (parent) parent.self -= Math.min(event.dur, parent.end - event.ts);
    stack.push({ name: event.name, end: event.ts + event.dur, self: event.dur });
  }
  while (stack.length) close(stack.pop()!);
  const buckets: Record<string, number> = {};
  for (const [name, self] of selfByName) {
    const bucket = /^(RunTask|ThreadControllerImpl::RunTask)$/.test(name) ? "other" : bucketOf(name);
    buckets[bucket] = (buckets[bucket] ?? 0) + self / 1000;
  }
  const topEvents = [...selfByName]
    .map(([name, self]) => ({ name, selfMs: round(self / 1000) }))
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, 25);
  for (const key of Object.keys(buckets)) buckets[key] = round(buckets[key]!);
  return { buckets, topEvents };
}

async function traceLoad(browser: Browser, context: BrowserContext, url: string) {
  const { page, cdp } = await openPage(context);
  try {
    await browser.startTracing(page, {
      categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8", "blink", "toplevel", "loading"],
    });
    let buffer: Buffer;
    try {
      await gotoAndWait(page, url);
    } finally {
      buffer = await browser.stopTracing();
    }
    return summariseTrace(buffer);
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

type TProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] };

const LIBRARY_MARKERS: [RegExp, string][] = [
  [/react-flow__/, "@xyflow/react"],
  [/network-simplex|longest-path|tight-tree/, "dagre"],
  [/org\.eclipse\.elk/, "elkjs"],
  [/react\.dev\/errors|__reactFiber|__reactContainer/, "react-dom"],
  [/ZodError|zod/, "zod"],
  [/__next_f|__NEXT_DATA__|next-router|__nextjs/, "next"],
];
const chunkCache = new Map<string, string | null>();

/** The text of a script served from the build (…/_next/static/…), or null. */
function chunkText(url: string): string | null {
  const match = /\/_next\/(static\/[^?#]+)/.exec(url);
  if (!match) return null;
  if (!chunkCache.has(match[1]!)) {
    const file = join(ROOT, DIST_DIR, decodeURIComponent(match[1]!));
    chunkCache.set(match[1]!, existsSync(file) ? readFileSync(file, "utf8") : null);
  }
  return chunkCache.get(match[1]!)!;
}

/** Which known libraries a chunk contains (a guess from marker strings), for reading minified profiles. */
function librariesIn(url: string): string {
  const text = chunkText(url);
  if (text === null) return "";
  const found = LIBRARY_MARKERS.filter(([pattern]) => pattern.test(text)).map(([, name]) => name);
  return found.length ? found.join("+") : "app code";
}

/** A few characters of minified source at a profile position, to recognise the function. */
function snippetAt(url: string, line: number, column: number): string {
  const text = chunkText(url);
  if (text === null) return "";
  const lines = text.split("\n");
  return (lines[line] ?? "").slice(Math.max(0, column - 20), column + 60);
}

/** One CPU profile of a page load: self time by script and the hottest functions. Minified names; see README. */
async function profileLoad(context: BrowserContext, url: string, file: string) {
  const { page, cdp } = await openPage(context);
  try {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
    await cdp.send("Profiler.start");
    await gotoAndWait(page, url);
    const { profile } = (await cdp.send("Profiler.stop")) as unknown as {
      profile: { nodes: TProfileNode[]; samples: number[]; timeDeltas: number[] };
    };
    writeFileSync(file, JSON.stringify(profile));
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const selfUs = new Map<number, number>();
    profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
    const byScript = new Map<string, number>();
    const byFunction = new Map<string, number>();
    const frames = new Map<string, TProfileNode["callFrame"]>();
    for (const [id, us] of selfUs) {
      const frame = byId.get(id)!.callFrame;
      const path = frame.url.replace(BASE, "");
      const script = frame.url ? `${path}${librariesIn(frame.url) ? ` [${librariesIn(frame.url)}]` : ""}` : `(${frame.functionName || "native"})`;
      byScript.set(script, (byScript.get(script) ?? 0) + us);
      const fn = `${frame.functionName || "(anonymous)"} ${path || "(native)"}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
      frames.set(fn, frame);
    }
    const top = (map: Map<string, number>, n: number) =>
      [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, us]) => ({ name, selfMs: round(us / 1000) }));
    const topFunctions = top(byFunction, 20).map((entry) => {
      const frame = frames.get(entry.name)!;
      return { ...entry, library: frame.url ? librariesIn(frame.url) : "", source: frame.url ? snippetAt(frame.url, frame.lineNumber, frame.columnNumber) : "" };
    });
    return { file: relative(ROOT, file), byScript: top(byScript, 10), topFunctions };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

// ---------------------------------------------------------------- endpoints

type TEndpointResult =
  | { name: string; url: string; measured: false; reason: string }
  | { name: string; url: string; measured: true; median: number; p95: number; min: number; max: number; bytes: number; all: number[] };

async function measureEndpoint(name: string, url: string): Promise<TEndpointResult> {
  const once = async () => {
    const started = performance.now();
    const response = await fetch(url);
    const body = await response.arrayBuffer();
    const elapsed = performance.now() - started;
    if (!response.ok) throw new NotMeasured(`HTTP ${response.status} for ${url}`);
    return { elapsed, bytes: body.byteLength };
  };
  try {
    for (let i = 0; i < ENDPOINT_WARMUPS; i++) await once();
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < ENDPOINT_RUNS; i++) {
      const result = await once();
      times.push(result.elapsed);
      bytes = result.bytes;
    }
    return {
      name,
      url,
      measured: true,
      median: median(times),
      p95: p95(times),
      min: Math.min(...times),
      max: Math.max(...times),
      bytes,
      all: times.map((t) => round(t)),
    };
  } catch (error) {
    if (error instanceof NotMeasured) return { name, url, measured: false, reason: error.message };
    throw error;
  }
}

// ---------------------------------------------------------------- report

type TTarget = { name: string; figure: string; limit: string; pass: boolean; measured: boolean; note?: string };

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => (row[col] ?? "").length)));
  const line = (row: string[]) => row.map((cell, col) => cell.padEnd(widths[col]!)).join("  ").trimEnd();
  return [line(rows[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...rows.slice(1).map(line)].join("\n");
}

// ---------------------------------------------------------------- one run at a time

/** Two runs at once would rebuild .next under each other's server; the second one stops. */
function takeLock(): () => void {
  const file = join(RESULTS_DIR, ".bench.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const pid = Number(readFileSync(file, "utf8"));
      let alive = false;
      try {
        alive = Number.isInteger(pid) && pid > 0 && process.kill(pid, 0);
      } catch {
        alive = false;
      }
      if (alive) throw new Error(`Another benchmark run (pid ${pid}) is in progress; wait for it to finish.`);
      rmSync(file, { force: true }); // left by a run that died
    }
  }
  throw new Error(`Could not take the benchmark lock ${relative(ROOT, file)}.`);
}

// ---------------------------------------------------------------- main

async function main(): Promise<number> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const loadAtStart = loadavg()[0]!;
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*$/, "").replace("T", "-");
  const dbFile = resolve(ROOT, "data", `bench-${stamp}.db`);
  const databaseUrl = `file:${dbFile}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    CLAIMGRAPH_BENCH: "1",
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const releaseLock = takeLock();
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  try {
    if ((await answers(`${BASE}/`)) !== null) {
      throw new Error(`Something already answers on port ${PORT}; stop it or pass --port (or BENCH_PORT).`);
    }
    log(`Database ${relative(ROOT, dbFile)}: migrating and seeding …`);
    const boards = await prepareDatabase(databaseUrl);
    log(
      `Seeded the Basra board (${boards.basra.id}) and ${boards.synthetic.plan.seedKey} (${boards.synthetic.id}): generated in ${ms(boards.generatedMs)}, imported in ${ms(boards.importMs)}.`,
    );
    const syntheticGraph = graphSize(boards.synthetic.plan);
    const basraGraph = graphSize(boards.basra.plan);

    const build = await buildApp();
    log(`Starting next start on ${BASE} …`);
    const started = await startServer(env);
    server = started.child;

    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    const context = await browser.newContext({ viewport: VIEWPORT });
    await context.addInitScript(observeLongTasks);

    const pages = [
      { key: "graph", name: `Graph page, synthetic board (${syntheticGraph.nodes} nodes, ${syntheticGraph.edges} edges)`, url: `${BASE}/boards/${boards.synthetic.id}/graph` },
      { key: "bare", name: `Bare React Flow (${syntheticGraph.nodes} nodes, ${syntheticGraph.edges} edges)`, url: `${BASE}/bench/bare-react-flow?nodes=${syntheticGraph.nodes}&edges=${syntheticGraph.edges}` },
      {
        key: "bareVisible",
        name: `Bare React Flow, onlyRenderVisibleElements (${syntheticGraph.nodes} nodes, ${syntheticGraph.edges} edges)`,
        url: `${BASE}/bench/bare-react-flow?nodes=${syntheticGraph.nodes}&edges=${syntheticGraph.edges}&visibleOnly=1`,
      },
      { key: "basra", name: `Graph page, seeded Basra board (${basraGraph.nodes} nodes, ${basraGraph.edges} edges)`, url: `${BASE}/boards/${boards.basra.id}/graph` },
    ] as const;
    const failures = new Map<string, string>();
    const samples = new Map<string, TLoadSample[]>(pages.map((p) => [p.key, []]));
    log("Warming up each page once …");
    for (const page of pages) {
      try {
        await measureLoad(context, page.url);
      } catch (error) {
        if (!(error instanceof NotMeasured)) throw error;
        failures.set(page.key, error.message);
        log(`  ${page.key}: not measured: ${error.message}`);
      }
    }
    // Rounds interleave the pages, so drift on the machine hits them alike.
    for (let run = 1; run <= RUNS; run++) {
      const parts: string[] = [];
      for (const page of pages) {
        if (failures.has(page.key)) continue;
        try {
          const sample = await measureLoad(context, page.url);
          samples.get(page.key)!.push(sample);
          parts.push(`${page.key} ${ms(sample.respondsMs)}`);
        } catch (error) {
          if (!(error instanceof NotMeasured)) throw error;
          failures.set(page.key, error.message);
          parts.push(`${page.key} failed`);
        }
      }
      log(`Run ${run}/${RUNS}: ${parts.join(", ")}`);
    }
    const pageResults = Object.fromEntries(
      pages.map((p): [string, TPageResult] => [
        p.key,
        failures.has(p.key)
          ? { name: p.name, url: p.url, measured: false, reason: failures.get(p.key)! }
          : summarise(p.name, p.url, samples.get(p.key)!),
      ]),
    ) as Record<(typeof pages)[number]["key"], TPageResult>;

    log("Tracing one load of the graph and bare pages (where time goes) …");
    const traces: Record<string, ReturnType<typeof summariseTrace>> = {};
    for (const page of pages) {
      if (failures.has(page.key) || page.key === "basra" || page.key === "bareVisible") continue;
      try {
        traces[page.key] = await traceLoad(browser, context, page.url);
      } catch (error) {
        if (!(error instanceof NotMeasured)) throw error;
      }
    }
    const profiles: Record<string, Awaited<ReturnType<typeof profileLoad>>> = {};
    if (args.profile) {
      for (const page of pages) {
        if (failures.has(page.key) || page.key === "basra" || page.key === "bareVisible") continue;
        log(`Recording a CPU profile of the ${page.key} page (--profile) …`);
        profiles[page.key] = await profileLoad(context, page.url, join(RESULTS_DIR, `${page.key}-page.cpuprofile`));
      }
    }

    log(`Timing the endpoints (${ENDPOINT_WARMUPS} warm-ups, ${ENDPOINT_RUNS} requests each) …`);
    const endpoints = {
      graph: await measureEndpoint("GET /api/boards/<synthetic>/graph", `${BASE}/api/boards/${boards.synthetic.id}/graph`),
      export: await measureEndpoint("GET /api/boards/<synthetic>/export", `${BASE}/api/boards/${boards.synthetic.id}/export`),
      board: await measureEndpoint("GET /api/boards/<synthetic>", `${BASE}/api/boards/${boards.synthetic.id}`),
      graphHtml: await measureEndpoint("GET /boards/<synthetic>/graph (page HTML)", `${BASE}/boards/${boards.synthetic.id}/graph`),
    };
    await context.close();

    // ------------------------------------------------ targets
    const graph = pageResults.graph;
    const bare = pageResults.bare;
    const basra = pageResults.basra;
    const targets: TTarget[] = [];
    if (graph.measured && bare.measured) {
      const ratio = graph.respondsMs.median / bare.respondsMs.median;
      targets.push({
        name: "Graph page within 1.5× bare React Flow (median, same nodes/edges)",
        figure: `${round(ratio, 2)}× (${ms(graph.respondsMs.median)} / ${ms(bare.respondsMs.median)})`,
        limit: `≤ ${TARGETS.graphToBareRatio}×`,
        pass: ratio <= TARGETS.graphToBareRatio,
        measured: true,
      });
    } else {
      targets.push({
        name: "Graph page within 1.5× bare React Flow (median, same nodes/edges)",
        figure: "not measured",
        limit: `≤ ${TARGETS.graphToBareRatio}×`,
        pass: false,
        measured: false,
        note: [graph, bare].filter((r) => !r.measured).map((r) => (r.measured ? "" : r.reason)).join("; "),
      });
    }
    const exported = endpoints.export;
    targets.push({
      name: `Export of the synthetic board (median of ${ENDPOINT_RUNS})`,
      figure: exported.measured ? `${ms(exported.median)} (p95 ${ms(exported.p95)}, ${kb(exported.bytes)})` : "not measured",
      limit: `< ${TARGETS.exportMs} ms`,
      pass: exported.measured && exported.median < TARGETS.exportMs,
      measured: exported.measured,
      note: exported.measured ? undefined : exported.reason,
    });
    targets.push({
      name: "Seeded (Basra) board's graph interactive (median)",
      figure: basra.measured ? `${ms(basra.respondsMs.median)} (p95 ${ms(basra.respondsMs.p95)})` : "not measured",
      limit: `< ${TARGETS.seededGraphInteractiveMs} ms`,
      pass: basra.measured && basra.respondsMs.median < TARGETS.seededGraphInteractiveMs,
      measured: basra.measured,
      note: basra.measured ? undefined : basra.reason,
    });

    // ------------------------------------------------ print
    const chromiumVersion = browser.version();
    console.log("");
    console.log(`Claimgraph benchmark — ${new Date().toISOString()}`);
    console.log(
      `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, ${round(totalmem() / 2 ** 30)} GiB; Node ${process.version}; Chromium ${chromiumVersion}; viewport ${VIEWPORT.width}×${VIEWPORT.height}; ${RUNS} runs per page after 1 warm-up.`,
    );
    const loadAtEnd = loadavg()[0]!;
    console.log(
      `Load average (1 min) at start ${round(loadAtStart, 2)}, at end ${round(loadAtEnd, 2)} on ${cpus().length} cores${loadAtEnd > cpus().length ? ": the machine was busy, so expect noisy times" : ""}.`,
    );
    console.log(
      `Synthetic board: ${SYNTHETIC.claims} claims, ${SYNTHETIC.evidence} evidence, ${SYNTHETIC.links} links, ${boards.synthetic.plan.relations.length} relations (seed ${SYNTHETIC.seed}); import ${ms(boards.importMs)}.${build.built ? ` Build ${round(build.ms / 1000)} s.` : ""}`,
    );
    console.log("\nPage loads: wall clock from navigation until nodes are drawn, and until the page responds (rAF + setTimeout 0)\n");
    const pageRows = [["Page", "responds median", "p95", "drawn median", "runs (responds)"]];
    for (const result of Object.values(pageResults)) {
      pageRows.push(
        result.measured
          ? [result.name, ms(result.respondsMs.median), ms(result.respondsMs.p95), ms(result.drawnMs.median), result.respondsMs.all.map((v) => Math.round(v)).join(", ")]
          : [result.name, "not measured", "", "", result.reason],
      );
    }
    console.log(table(pageRows));
    console.log("\nBreakdown (medians; in-page times since navigation start; CPU from the renderer's metrics)\n");
    const breakdownRows = [["", ...Object.keys(pageResults)]];
    const measuredPages = Object.values(pageResults);
    const row = (label: string, value: (s: Extract<TPageResult, { measured: true }>["summary"]) => string) =>
      breakdownRows.push([label, ...measuredPages.map((r) => (r.measured ? value(r.summary) : "—"))]);
    row("HTML first byte (server render)", (s) => ms(s.ttfbMs));
    row("HTML received", (s) => ms(s.htmlDoneMs));
    row("DOMContentLoaded", (s) => ms(s.domContentLoadedMs));
    row("nodes drawn", (s) => ms(s.drawnMs));
    row("responds", (s) => ms(s.respondsMs));
    row("CPU: script", (s) => ms(s.scriptMs));
    row("CPU: style recalc", (s) => ms(s.recalcStyleMs));
    row("CPU: layout", (s) => ms(s.layoutMs));
    row("CPU: all tasks", (s) => ms(s.taskMs));
    row("longest task", (s) => ms(s.longTaskMaxMs));
    row("total blocking time", (s) => ms(s.blockingMs));
    row("JS heap after load (after GC)", (s) => `${round(s.heapUsedMB)} MB`);
    row("DOM nodes", (s) => String(Math.round(s.domNodes)));
    row("React Flow nodes / edges in DOM", (s) => `${s.renderedNodes} / ${s.renderedEdges}`);
    row("HTML size (decoded)", (s) => kb(s.htmlBytes));
    row("JS loaded (decoded)", (s) => kb(s.scriptBytes));
    console.log(table(breakdownRows));
    if (Object.keys(traces).length) {
      console.log("\nMain-thread self time in one traced load (ms)\n");
      const bucketNames = ["scripting", "style & layout", "paint & composite", "parse HTML & CSS", "gc", "other"];
      const traceRows = [["", ...Object.keys(traces)]];
      for (const bucket of bucketNames) traceRows.push([bucket, ...Object.values(traces).map((t) => String(t.buckets[bucket] ?? 0))]);
      console.log(table(traceRows));
    }
    const graphMarks = graph.measured ? graph.runs.at(-1)!.marks.filter((m) => !m.name.startsWith("bench:")) : [];
    if (graphMarks.length) {
      console.log("\nUser-timing marks on the graph page (last run)\n");
      console.log(table([["name", "type", "start", "duration"], ...graphMarks.map((m) => [m.name, m.entryType, ms(m.startTime), ms(m.duration)])]));
    }
    for (const [key, profile] of Object.entries(profiles)) {
      console.log(`\nCPU profile of one ${key}-page load: ${profile.file}\n`);
      console.log(table([["script (self time)", "ms"], ...profile.byScript.map((s) => [s.name, String(s.selfMs)])]));
      console.log("");
      console.log(
        table([["function (self time)", "library", "ms"], ...profile.topFunctions.map((s) => [s.name, s.library, String(s.selfMs)])]),
      );
    }
    console.log("\nEndpoints (sequential requests, time to the last byte)\n");
    const endpointRows = [["Endpoint", "median", "p95", "min", "max", "size"]];
    for (const result of Object.values(endpoints)) {
      endpointRows.push(
        result.measured
          ? [result.name, ms(result.median), ms(result.p95), ms(result.min), ms(result.max), kb(result.bytes)]
          : [result.name, "not measured", "", "", "", result.reason],
      );
    }
    console.log(table(endpointRows));
    console.log("\nTargets\n");
    console.log(
      table([
        ["Target", "Figure", "Limit", "Result"],
        ...targets.map((t) => [t.name, t.figure, t.limit, t.measured ? (t.pass ? "PASS" : "FAIL") : `FAIL (not measured: ${t.note})`]),
      ]),
    );
    const bareVisible = pageResults.bareVisible;
    const visibleRatio =
      graph.measured && bareVisible.measured ? graph.respondsMs.median / bareVisible.respondsMs.median : null;
    if (visibleRatio !== null) {
      console.log(
        `\nFor reference (no target): the graph page ÷ bare React Flow with onlyRenderVisibleElements, as the graph view uses above 300 nodes = ${round(visibleRatio, 2)}×.`,
      );
    }
    const passed = targets.filter((t) => t.pass).length;
    console.log(`\n${passed}/${targets.length} targets met.`);

    const resultsFile = join(RESULTS_DIR, "latest.json");
    writeFileSync(
      resultsFile,
      `${JSON.stringify(
        {
          at: new Date().toISOString(),
          machine: { loadAverage: { start: round(loadAtStart, 2), end: round(loadAtEnd, 2) }, cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGiB: round(totalmem() / 2 ** 30), node: process.version, chromium: chromiumVersion },
          settings: { runs: RUNS, viewport: VIEWPORT, endpointRuns: ENDPOINT_RUNS, endpointWarmups: ENDPOINT_WARMUPS, synthetic: SYNTHETIC },
          boards: {
            synthetic: { id: boards.synthetic.id, seedKey: boards.synthetic.plan.seedKey, graph: syntheticGraph, importMs: round(boards.importMs) },
            basra: { id: boards.basra.id, graph: basraGraph },
          },
          build,
          pages: pageResults,
          traces,
          profiles,
          endpoints,
          targets,
          graphToVisibleOnlyBareRatio: visibleRatio === null ? null : round(visibleRatio, 3),
        },
        null,
        2,
      )}\n`,
    );
    console.log(`Results: ${relative(ROOT, resultsFile)}`);
    return 0;
  } finally {
    if (browser) await browser.close().catch(() => undefined);
    if (server) await stopServer(server);
    if (!args["keep-db"]) for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${dbFile}${suffix}`, { force: true });
    else log(`Kept the database ${relative(ROOT, dbFile)} (--keep-db).`);
    releaseLock();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`\n[bench] The benchmark broke: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
