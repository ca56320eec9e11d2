// The graph page of synthetic boards against bare React Flow pages with as many nodes and edges,
// and the seeded Basra board's graph page, loaded and panned in headless Chromium (issue 8 §4's figures).
import { join } from "node:path";
import { RESULTS_DIR } from "../lib/options";
import { panOnce } from "../lib/pan-fps";
import { boardWeightTargets, measureHtmlWeight, measureStrengthRecompute } from "../lib/board-weight";
import { measureFpsPages, fpsTargets, type TFpsPage } from "../lib/graph-fps";
import { measureLoad, observeLongTasks, summarise, VIEWPORT, type TLoadSample, type TPageResult } from "../lib/page-load";
import { profileLoad, summariseTrace, traceLoad } from "../lib/page-trace";
import { log, NotMeasured, table, type TTarget } from "../lib/report";
import type { TScenario } from "../lib/scenario";
import { kb, ms, round } from "../lib/stats";

/** The page loads --profile records: those with a target of their own, and the bare page beside the 2k one. */
const PROFILED_LOADS: readonly string[] = ["graph", "bare", "basra", "large"];
const TARGETS = { graphToBareRatio: 1.5, seededGraphInteractiveMs: 600, largeInteractiveMs: 2000, toVisibleBareAt2k: 1.1 } as const;

export const graphPageScenario: TScenario = {
  name: "graph-page",
  summary: "graph page vs bare React Flow pages: load (2k, 10k nodes), pan/zoom fps (500, 10k), and the Basra board's graph (< 600 ms)",
  async run(bench) {
    const { base, boards, graphs } = await bench.app();
    const runs = bench.options.runs;
    const browser = await bench.browser();
    const context = await browser.newContext({ viewport: VIEWPORT });
    await context.addInitScript(observeLongTasks);
    const syntheticGraph = graphs.synthetic;
    const basraGraph = graphs.basra;
    const largeGraph = graphs.large;
    const size = (g: { nodes: number; edges: number }) => `${g.nodes} nodes, ${g.edges} edges`;
    const bareUrl = (g: { nodes: number; edges: number }, visibleOnly: boolean) =>
      `${base}/bench/bare-react-flow?nodes=${g.nodes}&edges=${g.edges}${visibleOnly ? "&visibleOnly=1" : ""}`;

    const pages = [
      { key: "graph", name: `Graph page, synthetic board (${syntheticGraph.nodes} nodes, ${syntheticGraph.edges} edges)`, url: `${base}/boards/${boards.synthetic.id}/graph` },
      { key: "bare", name: `Bare React Flow (${syntheticGraph.nodes} nodes, ${syntheticGraph.edges} edges)`, url: `${base}/bench/bare-react-flow?nodes=${syntheticGraph.nodes}&edges=${syntheticGraph.edges}` },
      {
        key: "bareVisible",
        name: `Bare React Flow, onlyRenderVisibleElements (${syntheticGraph.nodes} nodes, ${syntheticGraph.edges} edges)`,
        url: `${base}/bench/bare-react-flow?nodes=${syntheticGraph.nodes}&edges=${syntheticGraph.edges}&visibleOnly=1`,
      },
      { key: "basra", name: `Graph page, seeded Basra board (${basraGraph.nodes} nodes, ${basraGraph.edges} edges)`, url: `${base}/boards/${boards.basra.id}/graph` },
      // The floor under Basra's absolute target: a bare React Flow page of the same size, on the same machine and run.
      { key: "basraBare", name: `Bare React Flow (${size(basraGraph)})`, url: bareUrl(basraGraph, false) },
      { key: "large", name: `Graph page, large board (${size(largeGraph)})`, url: `${base}/boards/${boards.large.id}/graph` },
      { key: "largeBareVisible", name: `Bare React Flow, onlyRenderVisibleElements (${size(largeGraph)})`, url: bareUrl(largeGraph, true) },
    ] as const;
    const failures = new Map<string, string>();
    const samples = new Map<string, TLoadSample[]>(pages.map((p) => [p.key, []]));
    // BENCH_GRAPH_FPS_ONLY=1 skips the page loads (minutes on a busy machine) and measures only pan and zoom;
    // BENCH_GRAPH_LOAD_ONLY=1 the other way round.
    if (process.env.BENCH_GRAPH_FPS_ONLY === "1") for (const page of pages) failures.set(page.key, "skipped (BENCH_GRAPH_FPS_ONLY=1)");
    const loadOnly = process.env.BENCH_GRAPH_LOAD_ONLY === "1";
    log("Warming up each page once …");
    for (const page of pages) {
      if (failures.has(page.key)) continue;
      try {
        await measureLoad(context, page.url);
      } catch (error) {
        if (!(error instanceof NotMeasured)) throw error;
        failures.set(page.key, error.message);
        log(`  ${page.key}: not measured: ${error.message}`);
      }
    }
    // Rounds interleave the pages, so drift on the machine hits them alike.
    for (let run = 1; run <= runs; run++) {
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
      log(`Run ${run}/${runs}: ${parts.join(", ")}`);
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
      if (failures.has(page.key) || !["graph", "bare"].includes(page.key)) continue;
      try {
        traces[page.key] = await traceLoad(browser, context, page.url);
      } catch (error) {
        if (!(error instanceof NotMeasured)) throw error;
      }
    }
    const fpsPages: TFpsPage[] = [
      { key: "small", name: `Graph page (${size(graphs.small)})`, url: `${base}/boards/${boards.small.id}/graph` },
      { key: "smallBareVisible", name: `Bare, visible only (${size(graphs.small)})`, url: bareUrl(graphs.small, true) },
      { key: "large", name: `Graph page (${size(largeGraph)})`, url: `${base}/boards/${boards.large.id}/graph` },
      { key: "largeBareVisible", name: `Bare, visible only (${size(largeGraph)})`, url: bareUrl(largeGraph, true) },
    ];
    const fps = await measureFpsPages(context, fpsPages, loadOnly ? 0 : Math.min(runs, 3));
    const profiles: Record<string, Awaited<ReturnType<typeof profileLoad>>> = {};
    if (bench.options.profile) {
      for (const page of pages) {
        if (failures.has(page.key) || !PROFILED_LOADS.includes(page.key)) continue;
        log(`Recording a CPU profile of the ${page.key} page (--profile) …`);
        profiles[page.key] = await profileLoad(context, page.url, join(RESULTS_DIR, `${page.key}-page.cpuprofile`), base);
      }
      // The pan profiles do not need the page loads (they run under BENCH_GRAPH_FPS_ONLY=1 too).
      for (const page of pages) {
        if (loadOnly || !["large", "largeBareVisible"].includes(page.key)) continue;
        log(`Recording a CPU profile of a 2 s pan on the ${page.key} page (--profile) …`);
        const file = join(RESULTS_DIR, `${page.key}-pan.cpuprofile`);
        try {
          profiles[`${page.key} pan`] = await profileLoad(context, page.url, file, base, panOnce);
        } catch (error) {
          log(`  not recorded: ${(error as Error).message.split("\n")[0]}`);
        }
      }
    }
    await context.close();
    log("Timing strength recompute of a 10k-claim board and the 10k board page's HTML …");
    const recompute = measureStrengthRecompute();
    const html = await measureHtmlWeight(`${base}/boards/${boards.large.id}/graph`, largeGraph.nodes).catch((error: Error) => ({ error: error.message }));

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
    const large = pageResults.large;
    targets.push({
      name: `Large board (${size(largeGraph)}) interactive (median)`,
      figure: large.measured ? `${ms(large.respondsMs.median)} (p95 ${ms(large.respondsMs.p95)})` : "not measured",
      limit: `≤ ${TARGETS.largeInteractiveMs} ms`,
      pass: large.measured && large.respondsMs.median <= TARGETS.largeInteractiveMs,
      measured: large.measured,
      note: large.measured ? undefined : large.reason,
    });
    const bareVisible2k = pageResults.bareVisible;
    const ratio2k = graph.measured && bareVisible2k.measured ? graph.respondsMs.median / bareVisible2k.respondsMs.median : null;
    targets.push({
      name: `Graph page interactive within 1.1× bare visible-only page (${size(syntheticGraph)})`,
      figure: ratio2k === null ? "not measured" : `${round(ratio2k, 2)}×`,
      limit: `≤ ${TARGETS.toVisibleBareAt2k}×`,
      pass: ratio2k !== null && ratio2k <= TARGETS.toVisibleBareAt2k,
      measured: ratio2k !== null,
      note: ratio2k === null ? "a page was not measured" : undefined,
    });
    targets.push(...fpsTargets(fps));
    targets.push(...boardWeightTargets(recompute, html));
    const basraBare = pageResults.basraBare;
    targets.push({
      name: "Seeded (Basra) board's graph interactive (median)",
      figure: basra.measured
        ? `${ms(basra.respondsMs.median)} (p95 ${ms(basra.respondsMs.p95)}${basraBare.measured ? `; bare page of its size ${ms(basraBare.respondsMs.median)}` : ""})`
        : "not measured",
      limit: `< ${TARGETS.seededGraphInteractiveMs} ms`,
      pass: basra.measured && basra.respondsMs.median < TARGETS.seededGraphInteractiveMs,
      measured: basra.measured,
      note: basra.measured ? undefined : basra.reason,
    });

    // ------------------------------------------------ report
    const out: string[] = [];
    out.push("Page loads: wall clock from navigation until nodes are drawn, and until the page responds (rAF + setTimeout 0)\n");
    const pageRows = [["Page", "responds median", "p95", "drawn median", "runs (responds)"]];
    for (const result of Object.values(pageResults)) {
      pageRows.push(
        result.measured
          ? [result.name, ms(result.respondsMs.median), ms(result.respondsMs.p95), ms(result.drawnMs.median), result.respondsMs.all.map((v) => Math.round(v)).join(", ")]
          : [result.name, "not measured", "", "", result.reason],
      );
    }
    out.push(table(pageRows));
    out.push("\nBreakdown (medians; in-page times since navigation start; CPU from the renderer's metrics)\n");
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
    out.push(table(breakdownRows));
    if (Object.keys(traces).length) {
      out.push("\nMain-thread self time in one traced load (ms)\n");
      const bucketNames = ["scripting", "style & layout", "paint & composite", "parse HTML & CSS", "gc", "other"];
      const traceRows = [["", ...Object.keys(traces)]];
      for (const bucket of bucketNames) traceRows.push([bucket, ...Object.values(traces).map((t) => String(t.buckets[bucket] ?? 0))]);
      out.push(table(traceRows));
    }
    const graphMarks = graph.measured ? graph.runs.at(-1)!.marks.filter((m) => !m.name.startsWith("bench:")) : [];
    if (graphMarks.length) {
      out.push("\nUser-timing marks on the graph page (last run)\n");
      out.push(table([["name", "type", "start", "duration"], ...graphMarks.map((m) => [m.name, m.entryType, ms(m.startTime), ms(m.duration)])]));
    }
    for (const [key, profile] of Object.entries(profiles)) {
      out.push(`\nCPU profile of one ${key.endsWith(" pan") ? key : `${key}-page load`}: ${profile.file}\n`);
      out.push(table([["script (self time)", "ms"], ...profile.byScript.map((s) => [s.name, String(s.selfMs)])]));
      out.push("");
      out.push(table([["function (self time)", "library", "ms"], ...profile.topFunctions.map((s) => [s.name, s.library, String(s.selfMs)])]));
    }
    const bareVisible = pageResults.bareVisible;
    const visibleRatio = graph.measured && bareVisible.measured ? graph.respondsMs.median / bareVisible.respondsMs.median : null;
    if (visibleRatio !== null) {
      out.push(
        `\nFor reference (no target): the graph page ÷ bare React Flow with onlyRenderVisibleElements, as the graph view uses above 300 nodes = ${round(visibleRatio, 2)}×.`,
      );
    }
    out.push(`\n${fps.report}`);
    return {
      report: out.join("\n"),
      targets,
      json: { pages: pageResults, traces, profiles, fps: fps.results, recompute, html, graphToVisibleOnlyBareRatio: visibleRatio === null ? null : round(visibleRatio, 3) },
    };
  },
};
