// Pan/zoom frame rates of graph pages against bare React Flow pages, rounds interleaved, with issue 8 §4's targets.
import type { BrowserContext } from "@playwright/test";
import { measurePanFps, type TFpsSample } from "./pan-fps";
import { log, NotMeasured, table, type TTarget } from "./report";
import { median, round } from "./stats";

export type TFpsPage = { key: "small" | "smallBareVisible" | "large" | "largeBareVisible"; name: string; url: string };
type TFpsResult = { name: string; url: string; samples: TFpsSample[]; error?: string };
export type TFpsRun = { results: Record<TFpsPage["key"], TFpsResult>; report: string };

const TARGETS = { smallFps: 55, largeFps: 50, largeToBare: 0.85 } as const;

/** The lower of pan and zoom fps, median over the rounds; null when not measured. */
function gestureFps(result: TFpsResult | undefined): number | null {
  if (!result || result.samples.length === 0) return null;
  return median(result.samples.map((s) => Math.min(s.pan.fps, s.zoom.fps)));
}

export async function measureFpsPages(context: BrowserContext, pages: TFpsPage[], rounds: number): Promise<TFpsRun> {
  const results = Object.fromEntries(pages.map((p) => [p.key, { name: p.name, url: p.url, samples: [] }])) as unknown as TFpsRun["results"];
  for (let round_ = 1; round_ <= rounds; round_++) {
    const parts: string[] = [];
    for (const page of pages) {
      const result = results[page.key];
      if (result.error) continue;
      try {
        const sample = await measurePanFps(context, page.url);
        result.samples.push(sample);
        parts.push(`${page.key} pan ${sample.pan.fps} / zoom ${sample.zoom.fps} fps`);
      } catch (error) {
        if (!(error instanceof NotMeasured) && !(error instanceof Error)) throw error;
        result.error = (error as Error).message.split("\n")[0];
        parts.push(`${page.key} failed`);
      }
    }
    log(`Pan/zoom round ${round_}/${rounds}: ${parts.join(", ")}`);
  }
  const rows = [["Page", "pan fps", "pan frame median / p95", "ms per pointer move", "zoom fps", "zoom frame median / p95", "nodes / edges in DOM"]];
  for (const result of Object.values(results)) {
    if (result.samples.length === 0) {
      rows.push([result.name, "not measured", "", "", "", "", result.error ?? ""]);
      continue;
    }
    const m = (pick: (s: TFpsSample) => number) => round(median(result.samples.map(pick)));
    rows.push([
      result.name,
      String(m((s) => s.pan.fps)),
      `${m((s) => s.pan.medianFrameMs)} / ${m((s) => s.pan.p95FrameMs)} ms`,
      `${m((s) => s.pan.msPerMove)} ms`,
      String(m((s) => s.zoom.fps)),
      `${m((s) => s.zoom.medianFrameMs)} / ${m((s) => s.zoom.p95FrameMs)} ms`,
      `${m((s) => s.renderedNodes)} / ${m((s) => s.renderedEdges)}`,
    ]);
  }
  const report = `Pan (2 s mouse drag on the pane) and zoom (2 s of wheel steps), frames counted with requestAnimationFrame; medians over ${rounds} rounds\n\n${table(rows)}`;
  return { results, report };
}

export function fpsTargets({ results }: TFpsRun): TTarget[] {
  const small = gestureFps(results.small);
  const large = gestureFps(results.large);
  const largeBare = gestureFps(results.largeBareVisible);
  const smallBare = gestureFps(results.smallBareVisible);
  const missing = (...r: (TFpsResult | undefined)[]) => r.map((x) => x?.error).filter(Boolean).join("; ") || "no samples";
  const ratio = large !== null && largeBare ? large / largeBare : null;
  return [
    {
      name: `Pan/zoom fps, ${results.small.name} (lower of pan and zoom; bare ${smallBare ?? "—"})`,
      figure: small === null ? "not measured" : `${small} fps`,
      limit: `≥ ${TARGETS.smallFps} fps`,
      pass: small !== null && small >= TARGETS.smallFps,
      measured: small !== null,
      note: small === null ? missing(results.small) : undefined,
    },
    {
      name: `Pan/zoom fps, ${results.large.name} (lower of pan and zoom)`,
      figure: large === null ? "not measured" : `${large} fps`,
      limit: `≥ ${TARGETS.largeFps} fps`,
      pass: large !== null && large >= TARGETS.largeFps,
      measured: large !== null,
      note: large === null ? missing(results.large) : undefined,
    },
    {
      name: "Pan/zoom fps at 10k ÷ bare visible-only page, same run",
      figure: ratio === null ? "not measured" : `${round(ratio, 2)}× (${large} / ${largeBare} fps)`,
      limit: `≥ ${TARGETS.largeToBare}×`,
      pass: ratio !== null && ratio >= TARGETS.largeToBare,
      measured: ratio !== null,
      note: ratio === null ? missing(results.large, results.largeBareVisible) : undefined,
    },
  ];
}
