// npm run bench [-- --runs 5 --rebuild --skip-build --profile --port 3300 --keep-db --only <scenario>]
//
// Runs the benchmark's scenarios (bench/scenarios/, listed in bench/scenarios/index.ts) against a
// production build, prints each figure with PASS/FAIL per target and writes bench/results/latest.json.
// Exits 0 whenever the measurements ran (a missed target is a finding, not an error);
// non-zero only when the benchmark itself broke (build, server, seeding, browser).
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join, relative } from "node:path";
import { createBenchContext } from "./lib/context";
import { SYNTHETIC } from "./lib/bench-database";
import { ENDPOINT_RUNS, ENDPOINT_WARMUPS } from "./lib/endpoint-timing";
import { assertPortFree } from "./lib/app-server";
import { takeLock } from "./lib/lock";
import { readBenchOptions, RESULTS_DIR, ROOT, USAGE } from "./lib/options";
import { VIEWPORT } from "./lib/page-load";
import { targetsTable, type TTarget } from "./lib/report";
import type { TScenarioResult } from "./lib/scenario";
import { ms, round } from "./lib/stats";
import { SCENARIOS } from "./scenarios";

async function main(): Promise<number> {
  const options = readBenchOptions();
  if (options.help) {
    console.log(`${USAGE}\n\nScenarios:\n${SCENARIOS.map((s) => `  ${s.name.padEnd(14)} ${s.summary}`).join("\n")}`);
    return 0;
  }
  const unknown = options.only.filter((name) => !SCENARIOS.some((s) => s.name === name));
  if (unknown.length) throw new Error(`No scenario ${unknown.join(", ")}; there are: ${SCENARIOS.map((s) => s.name).join(", ")}.`);
  const selected = options.only.length ? SCENARIOS.filter((s) => options.only.includes(s.name)) : SCENARIOS;

  mkdirSync(RESULTS_DIR, { recursive: true });
  const loadAtStart = loadavg()[0]!;
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*$/, "").replace("T", "-");
  const releaseLock = takeLock(ROOT, RESULTS_DIR);
  const bench = createBenchContext(options, stamp);
  try {
    await assertPortFree(options.port);
    const results: { name: string; result: TScenarioResult }[] = [];
    for (const scenario of selected) results.push({ name: scenario.name, result: await scenario.run(bench) });
    const made = bench.made();
    const targets: TTarget[] = results.flatMap((r) => r.result.targets);

    // ------------------------------------------------ print
    console.log("");
    console.log(`Claimgraph benchmark — ${new Date().toISOString()}`);
    console.log(
      `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, ${round(totalmem() / 2 ** 30)} GiB; Node ${process.version}${made.browserVersion ? `; Chromium ${made.browserVersion}; viewport ${VIEWPORT.width}×${VIEWPORT.height}; ${options.runs} runs per page after 1 warm-up` : ""}.`,
    );
    const loadAtEnd = loadavg()[0]!;
    console.log(
      `Load average (1 min) at start ${round(loadAtStart, 2)}, at end ${round(loadAtEnd, 2)} on ${cpus().length} cores${loadAtEnd > cpus().length ? ": the machine was busy, so expect noisy times" : ""}.`,
    );
    if (made.app) {
      const { boards } = made.app;
      console.log(
        `Synthetic board: ${SYNTHETIC.claims} claims, ${SYNTHETIC.evidence} evidence, ${SYNTHETIC.links} links, ${boards.synthetic.plan.relations.length} relations (seed ${SYNTHETIC.seed}); import ${ms(boards.importMs)}.${made.build?.built ? ` Build ${round(made.build.ms / 1000)} s.` : ""}`,
      );
    } else if (made.build?.built) {
      console.log(`Build ${round(made.build.ms / 1000)} s.`);
    }
    console.log(`Scenarios: ${selected.map((s) => s.name).join(", ")}${options.only.length ? " (--only)" : ""}.`);
    for (const { result } of results) if (result.report) console.log(`\n${result.report}`);
    console.log("\nTargets\n");
    console.log(targetsTable(targets));
    const passed = targets.filter((t) => t.pass).length;
    console.log(`\n${passed}/${targets.length} targets met.`);

    const resultsFile = join(RESULTS_DIR, "latest.json");
    const app = made.app;
    writeFileSync(
      resultsFile,
      `${JSON.stringify(
        {
          at: new Date().toISOString(),
          machine: { loadAverage: { start: round(loadAtStart, 2), end: round(loadAtEnd, 2) }, cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGiB: round(totalmem() / 2 ** 30), node: process.version, chromium: made.browserVersion },
          settings: { runs: options.runs, viewport: VIEWPORT, endpointRuns: ENDPOINT_RUNS, endpointWarmups: ENDPOINT_WARMUPS, synthetic: SYNTHETIC, scenarios: selected.map((s) => s.name) },
          boards: app
            ? {
                synthetic: { id: app.boards.synthetic.id, seedKey: app.boards.synthetic.plan.seedKey, graph: app.graphs.synthetic, importMs: round(app.boards.importMs) },
                basra: { id: app.boards.basra.id, graph: app.graphs.basra },
              }
            : undefined,
          build: made.build,
          ...Object.assign({}, ...results.map((r) => r.result.json)),
          targets,
        },
        null,
        2,
      )}\n`,
    );
    console.log(`Results: ${relative(ROOT, resultsFile)}`);
    return 0;
  } finally {
    await bench.close();
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
