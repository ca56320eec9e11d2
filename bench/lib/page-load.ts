// Page loads in headless Chromium: from navigation until React Flow nodes are drawn and the page responds.
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from "@playwright/test";
import { NotMeasured } from "./report";
import { median, p95, round } from "./stats";

export const PAGE_TIMEOUT_MS = 60_000;
export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];
export const VIEWPORT = { width: 1440, height: 900 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

export type TLoadSample = {
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
export function observeLongTasks() {
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
 * A board still loading its rows (its notice shows a progress bar), or laying out nodes it has not placed yet, is
 * not ready yet.
 */
function nodesDrawn(): boolean {
  // A large board's page draws its first slice while the rest loads and is laid out: ready means the whole board.
  if (document.querySelector(".board-loading progress, [data-testid='graph-layout-pending']")) return false;
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

export async function openPage(context: BrowserContext): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  return { page, cdp };
}

export async function gotoAndWait(page: Page, url: string): Promise<{ t0: number; tDrawn: number; tResponds: number; inPageResponds: number }> {
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

export async function measureLoad(context: BrowserContext, url: string): Promise<TLoadSample> {
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

export type TPageResult =
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

export function summarise(name: string, url: string, runs: TLoadSample[]): TPageResult {
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
