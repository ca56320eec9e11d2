// `npm start` on a built tree, its database migrated and seeded: the time from running it to the first page, against
// bare `next start` on the same build and database in the same run, with the time of each phase the script prints.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { stopServer } from "../lib/app-server";
import { processGroupCpuSeconds, processGroupMainThreadSchedule } from "../lib/process-cpu";
import { benchServerEnv } from "../lib/context";
import { ROOT } from "../lib/options";
import { log, table, type TTarget } from "../lib/report";
import type { TScenario } from "../lib/scenario";
import { median, ms } from "../lib/stats";

const ROUNDS = 3;
const TARGETS = { firstPageMs: 3_000 } as const;
const FIRST_PAGE_TIMEOUT_MS = 120_000;

/** What `npm start` prints as each phase ends (scripts/start.mjs, scripts/serve.mjs), by the name reported. */
const PHASES = [
  ["build checked", /^\[start\] (The production build is up to date|Built in)/],
  ["database checked", /^\[start\] (The database is up to date|Serving on)/],
  ["listening", /^Claimgraph is serving|Ready in/],
] as const;
type TPhase = (typeof PHASES)[number][0];
/** cpuMs: the command's process group's CPU time (user + system) until then, which moves far less than the time when
 * other work shares the machine; queuedMs: how long its main threads waited, runnable, for a core meanwhile. */
type TStartRun = { firstPageMs: number; cpuMs: number; queuedMs: number; phasesMs: Partial<Record<TPhase, number>> };

const sleep = (milliseconds: number) => new Promise((r) => setTimeout(r, milliseconds));

/** Runs the command, timing its output's phase lines and its first 200 for GET /; stops it after. */
async function timeToFirstPage(args: string[], port: number, env: NodeJS.ProcessEnv): Promise<TStartRun> {
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, args, { cwd: ROOT, env: { ...env, PORT: String(port) }, stdio: ["ignore", "pipe", "pipe"], detached: true });
  const phasesMs: TStartRun["phasesMs"] = {};
  let output = "";
  const onLine = (chunk: Buffer) => {
    output += String(chunk);
    for (const line of String(chunk).split("\n")) {
      for (const [name, pattern] of PHASES) if (phasesMs[name] === undefined && pattern.test(line.trim())) phasesMs[name] = performance.now() - started;
    }
  };
  child.stdout!.on("data", onLine);
  child.stderr!.on("data", onLine);
  try {
    while (performance.now() - started < FIRST_PAGE_TIMEOUT_MS) {
      if (child.exitCode !== null) throw new Error(`${args.join(" ")} exited (${child.exitCode}):\n${output.slice(-2_000)}`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(FIRST_PAGE_TIMEOUT_MS) });
        await response.arrayBuffer();
        if (response.status === 200) {
          const firstPageMs = performance.now() - started;
          return { firstPageMs, cpuMs: processGroupCpuSeconds(child.pid!) * 1000, queuedMs: processGroupMainThreadSchedule(child.pid!).queuedMs, phasesMs };
        }
        throw new Error(`GET / answered ${response.status}`);
      } catch (error) {
        if ((error as Error).message.startsWith("GET /")) throw error;
        await sleep(20);
      }
    }
    throw new Error(`${args.join(" ")} served no page within ${FIRST_PAGE_TIMEOUT_MS / 1000} s:\n${output.slice(-2_000)}`);
  } finally {
    await stopServer(child);
  }
}

export const startTimeScenario: TScenario = {
  name: "start-time",
  summary: `npm start on a built, prepared tree to its first page (≤ ${TARGETS.firstPageMs / 1000} s), against bare next start`,
  async run(bench) {
    await bench.build();
    const [appPort, barePort] = [bench.port(8), bench.port(9)];
    mkdirSync(join(ROOT, "data"), { recursive: true });
    const file = resolve(ROOT, "data", `bench-start-${Date.now()}.db`);
    bench.defer(() => {
      for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
    });
    // As a deployment runs it: production, with the demo team, so the ready check wants the demo accounts too.
    const env = { ...benchServerEnv(`file:${file}`), CLAIMGRAPH_DEMO: "1" };
    log("Start time: preparing a fresh database as npm start does (migrations, the Basra board, the demo accounts) …");
    execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/db-prepare.ts"], { cwd: ROOT, env, stdio: ["ignore", "ignore", "pipe"] });
    const runs: { app: TStartRun[]; bare: TStartRun[] } = { app: [], bare: [] };
    let failed: string | undefined;
    try {
      // Interleaved, so noise on the machine hits both alike.
      for (let round = 1; round <= ROUNDS; round += 1) {
        log(`Start time: round ${round} of ${ROUNDS} (npm start, then bare next start) …`);
        runs.app.push(await timeToFirstPage(["scripts/start.mjs"], appPort, env));
        runs.bare.push(await timeToFirstPage(["node_modules/next/dist/bin/next", "start", "-p", String(barePort)], barePort, env));
      }
    } catch (error) {
      failed = (error as Error).message.split("\n")[0]!;
      log(`Start time not measured: ${failed}`);
    }
    const measured = !failed && runs.app.length === ROUNDS;
    const appMs = measured ? median(runs.app.map((r) => r.firstPageMs)) : NaN;
    const bareMs = measured ? median(runs.bare.map((r) => r.firstPageMs)) : NaN;
    const phaseMedian = (list: TStartRun[], phase: TPhase) => {
      const values = list.map((r) => r.phasesMs[phase]).filter((v): v is number => v !== undefined);
      return values.length ? ms(median(values)) : "";
    };
    const rows = [["Command", ...PHASES.map(([name]) => name), "first page (median)", "runs", "CPU to first page (median)", "waited for a core (median)"]];
    for (const [name, list] of [["npm start (scripts/start.mjs)", runs.app], ["bare next start", runs.bare]] as const) {
      const medianOf = (pick: (run: TStartRun) => number) => (list.length ? ms(median(list.map(pick))) : "");
      rows.push([name, ...PHASES.map(([phase]) => phaseMedian(list, phase)), medianOf((r) => r.firstPageMs), list.map((r) => ms(r.firstPageMs)).join(", "), medianOf((r) => r.cpuMs), medianOf((r) => r.queuedMs)]);
    }
    const targets: TTarget[] = [
      {
        name: "npm start on a built tree, database ready, to its first page",
        figure: measured ? `${ms(appMs)} (bare next start ${ms(bareMs)}, ×${(appMs / bareMs).toFixed(2)})` : "not measured",
        limit: `≤ ${ms(TARGETS.firstPageMs)}`,
        pass: measured && appMs <= TARGETS.firstPageMs,
        measured,
        note: failed,
      },
    ];
    return {
      report: `Start time: from running the command to the first 200 for GET / (time since the command started, medians of ${ROUNDS} interleaved runs)\n\n${table(rows)}`,
      targets,
      json: { startTime: { rounds: ROUNDS, app: runs.app, bare: runs.bare, failed } },
    };
  },
};
