// Where a page load's time goes: a Chromium trace by category, and a CPU profile by script and function.
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { DIST_DIR, ROOT } from "./options";
import { gotoAndWait, openPage } from "./page-load";
import { round } from "./stats";

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
export function summariseTrace(buffer: Buffer): { buckets: Record<string, number>; topEvents: { name: string; selfMs: number }[] } {
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

export async function traceLoad(browser: Browser, context: BrowserContext, url: string) {
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

type TCpuProfile = { nodes: TProfileNode[]; samples: number[]; timeDeltas: number[] };

/** Self time by script and the hottest functions of a CPU profile, written to `file`. Minified names; see README. */
function summariseProfile(profile: TCpuProfile, file: string, base: string) {
  writeFileSync(file, JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byScript = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const frames = new Map<string, TProfileNode["callFrame"]>();
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)!.callFrame;
    const path = frame.url.replace(base, "");
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
}

/**
 * One CPU profile of a page load, or, with `during`, of what `during` does on the loaded page
 * (a pan gesture, say). Self time by script and the hottest functions.
 */
export async function profileLoad(context: BrowserContext, url: string, file: string, base: string, during?: (page: Page) => Promise<unknown>) {
  const { page, cdp } = await openPage(context);
  try {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
    if (during) {
      await gotoAndWait(page, url);
      await page.waitForTimeout(500);
    }
    await cdp.send("Profiler.start");
    if (during) await during(page);
    else await gotoAndWait(page, url);
    const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: TCpuProfile };
    return summariseProfile(profile, file, base);
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}
