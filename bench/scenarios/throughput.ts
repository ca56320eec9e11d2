// Write throughput: 32 signed-in clients PATCHing claim statements on our app (SQLite and
// PostgreSQL), against a bare Node http server doing a single-row insert on each database,
// with the same load generator in the same run.
import type { ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { startServer, stopServer } from "../lib/app-server";
import { processGroupCpuSeconds } from "../lib/process-cpu";
import { benchServerEnv } from "../lib/context";
import { summariseNodeProfile, type TNodeProfileSummary } from "../lib/node-profile";
import { RESULTS_DIR, ROOT } from "../lib/options";
import { log, table, type TTarget } from "../lib/report";
import type { TBenchContext, TScenario } from "../lib/scenario";
import { createPostgresDatabase, prepareWriteDatabase, signedInWriters } from "../lib/signed-in-writers";
import { ms, round } from "../lib/stats";
import { combineWindows, runWriteLoad, type TLoadResult, type TLoadWindow, type TWriteClient } from "../lib/write-load";

const CLIENTS = 32;
const ROUNDS = 2;
const WARMUP_MS = 2_000;
const MEASURE_MS = 5_000;
const TARGETS = { sqliteWritesPerSecond: 1000, postgresWritesPerSecond: 600, shareOfBare: 0.3, p99Ms: 150 } as const;
/** A PostgreSQL server where the scenario may create (and then drop) a database. */
const POSTGRES_ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? "postgresql://root@127.0.0.1:5432/postgres";

type TProvider = "sqlite" | "postgresql";
type TTargetServer = {
  key: string;
  name: string;
  provider: TProvider;
  /** floor: the app answering signed-out PATCHes with 401 before any database work, i.e. Next.js's own cost per request. */
  kind: "app" | "bare" | "floor";
  port: number;
  pid: number;
  clients: TWriteClient[];
};

function newestProfile(dir: string): string | null {
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir).filter((f) => f.endsWith(".cpuprofile")).map((f) => join(dir, f));
  return files.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0] ?? null;
}

/** Starts our app on a fresh database of the provider, with CLIENTS signed-in writers. */
async function startApp(bench: TBenchContext, provider: TProvider, port: number, stamp: string) {
  let databaseUrl: string;
  if (provider === "sqlite") {
    const file = resolve(ROOT, "data", `bench-throughput-${stamp}.db`);
    databaseUrl = `file:${file}`;
    bench.defer(() => {
      for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
    });
  } else {
    const created = await createPostgresDatabase(POSTGRES_ADMIN_URL, "claimgraph_bench");
    databaseUrl = created.url;
    bench.defer(created.drop);
  }
  const { boardId, workspaceId } = await prepareWriteDatabase(databaseUrl, CLIENTS * 2);
  const profileDir = join(RESULTS_DIR, `throughput-${provider}-profile`);
  if (bench.options.profile) rmSync(profileDir, { recursive: true, force: true });
  const { child } = await startServer({
    port,
    // Sign-up limits would stop the set-up's 32 sign-ups; they apply only to /api/auth, not to the writes measured.
    env: { ...benchServerEnv(databaseUrl), CLAIMGRAPH_AUTH_RATE_LIMIT: "off" },
    logName: `throughput-${provider}-server.log`,
    probePath: "/api/boards",
    nodeArgs: bench.options.profile ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [],
  });
  bench.defer(() => stopServer(child));
  const base = `http://127.0.0.1:${port}`;
  const clients = await signedInWriters({ base, databaseUrl, boardId, workspaceId, count: CLIENTS });
  return { child, clients, profileDir };
}

async function startBare(bench: TBenchContext, provider: TProvider, port: number, stamp: string) {
  let target: string;
  if (provider === "sqlite") {
    mkdirSync(join(ROOT, "data"), { recursive: true });
    target = resolve(ROOT, "data", `bench-bare-${stamp}.db`);
    bench.defer(() => {
      for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${target}${suffix}`, { force: true });
    });
  } else {
    const created = await createPostgresDatabase(POSTGRES_ADMIN_URL, "claimgraph_bench_bare");
    target = created.url;
    bench.defer(created.drop);
  }
  const { child } = await startServer({
    port,
    env: { ...process.env, NODE_ENV: "production" },
    logName: `throughput-bare-${provider}-server.log`,
    probePath: "/probe",
    script: ["bench/servers/bare-write-server.mjs", provider, target, String(port)],
  });
  bench.defer(() => stopServer(child));
  // The bare server ignores paths and versions: same requests, same bodies, no cookie.
  const clients = Array.from({ length: CLIENTS }, (_, i) => ({ path: `/writes/${i}`, version: 1 }));
  return { child, clients };
}

function resultRow(name: string, r: TLoadResult & { cpuMsPerAnswer: number }): string[] {
  return [
    name,
    String(Math.round(r.writesPerSecond)),
    `${r.cpuMsPerAnswer} ms`,
    ms(r.latencyMs.p50),
    ms(r.latencyMs.p90),
    ms(r.latencyMs.p99),
    ms(r.latencyMs.max),
    String(r.writes),
    String(r.conflicts),
    String(r.errors),
  ];
}

function profileReport(provider: TProvider, summary: TNodeProfileSummary): string {
  const pct = (share: number) => `${round(share * 100)}%`;
  return [
    `\nCPU profile of the app on ${provider} (whole server run, ${round(summary.totalMs / 1000)} s, busy ${pct(summary.busyShare)}): ${relative(ROOT, summary.file)}\n`,
    table([["package (self time)", "ms", "of busy"], ...summary.byPackage.slice(0, 12).map((p) => [p.name, String(p.selfMs), pct(p.share)])]),
    "",
    table([["function (self time)", "ms", "of busy"], ...summary.topSelf.slice(0, 20).map((f) => [f.name, String(f.selfMs), pct(f.share)])]),
    "",
    table([["function (total time)", "ms", "of busy"], ...summary.topTotal.slice(0, 30).map((f) => [f.name, String(f.totalMs), pct(f.share)])]),
  ].join("\n");
}

/** How much of a write's CPU is the framework's own, from the floor row. */
function floorNote(results: Record<string, { cpuMsPerAnswer: number; writesPerSecond: number }>): string {
  const floor = results.floor;
  if (!floor) return "";
  const parts = (["sqlite", "postgresql"] as const).flatMap((provider) => {
    const app = results[`app-${provider}`];
    return app ? [`on ${provider} a write takes ${app.cpuMsPerAnswer} ms of server CPU, ${round(app.cpuMsPerAnswer - floor.cpuMsPerAnswer)} ms above that floor`] : [];
  });
  return `\nNext.js floor: a signed-out PATCH answered 401 before any database work costs ${floor.cpuMsPerAnswer} ms of server CPU (${Math.round(floor.writesPerSecond)}/s); ${parts.join("; ")}.`;
}

export const throughputScenario: TScenario = {
  name: "throughput",
  summary: "32 signed-in clients PATCHing claims: app on SQLite (≥ 1,000/s) and PostgreSQL (≥ 600/s) vs bare servers (≥ 30%), p99 < 150 ms",
  async run(bench) {
    await bench.build();
    const stamp = `${Date.now()}`;
    const servers: TTargetServer[] = [];
    const apps: Partial<Record<TProvider, { child: ChildProcess; profileDir: string }>> = {};
    const skipped: Partial<Record<TProvider, string>> = {};
    for (const provider of ["sqlite", "postgresql"] as const) {
      const appPort = bench.port(provider === "sqlite" ? 1 : 2);
      const barePort = bench.port(provider === "sqlite" ? 3 : 4);
      try {
        log(`Throughput: starting the bare ${provider} server on ${barePort} and the app on ${provider} on ${appPort}, with ${CLIENTS} signed-in writers …`);
        const bare = await startBare(bench, provider, barePort, stamp);
        const app = await startApp(bench, provider, appPort, stamp);
        apps[provider] = app;
        const label = provider === "sqlite" ? "SQLite" : "PostgreSQL";
        const [barePid, appPid] = [bare.child.pid!, app.child.pid!];
        servers.push(
          { key: `bare-${provider}`, name: `Bare server, ${label} (${provider === "sqlite" ? "better-sqlite3, WAL" : "pg"}): one INSERT`, provider, kind: "bare", port: barePort, pid: barePid, clients: bare.clients },
          { key: `app-${provider}`, name: `Claimgraph on ${label}: PATCH a claim's statement`, provider, kind: "app", port: appPort, pid: appPid, clients: app.clients },
        );
        if (provider === "sqlite") {
          // The same server and paths without a session: 401 before the body or the database is touched.
          const floorClients = app.clients.map((c) => ({ path: c.path, version: c.version }));
          servers.push({ key: "floor", name: "Claimgraph, signed out: 401 before any database work (Next.js floor)", provider, kind: "floor", port: appPort, pid: appPid, clients: floorClients });
        }
      } catch (error) {
        // PostgreSQL may be absent where the benchmark runs; SQLite failing is the benchmark breaking.
        if (provider === "sqlite") throw error;
        skipped[provider] = (error as Error).message.split("\n")[0]!;
        log(`Throughput on PostgreSQL not measured: ${skipped[provider]}`);
      }
    }
    const windows = new Map<string, TLoadWindow[]>(servers.map((s) => [s.key, []]));
    const cpuSeconds = new Map<string, number>(servers.map((s) => [s.key, 0]));
    // Rounds interleave the servers, so drift on the machine hits them alike.
    for (let round_ = 1; round_ <= ROUNDS; round_++) {
      const parts: string[] = [];
      for (const server of servers) {
        const cpuBefore = processGroupCpuSeconds(server.pid);
        const window = await runWriteLoad({
          port: server.port,
          clients: server.clients,
          warmupMs: WARMUP_MS,
          measureMs: MEASURE_MS,
          alsoCounts: server.kind === "floor" ? 401 : undefined,
        });
        // Warm-up included, so it is divided by every answer of the run, not only the measured ones.
        cpuSeconds.set(server.key, cpuSeconds.get(server.key)! + (processGroupCpuSeconds(server.pid) - cpuBefore) / Math.max(window.answersInRun, 1));
        windows.get(server.key)!.push(window);
        parts.push(`${server.key} ${Math.round(window.writesPerSecond)}/s p99 ${ms(window.latencyMs.p99)}`);
      }
      log(`Throughput round ${round_}/${ROUNDS}: ${parts.join(", ")}`);
    }
    const results = Object.fromEntries(
      servers.map((s) => [s.key, { name: s.name, cpuMsPerAnswer: round((cpuSeconds.get(s.key)! / ROUNDS) * 1000), ...combineWindows(windows.get(s.key)!) }]),
    );

    // The profile is written when the server exits.
    const profiles: Partial<Record<TProvider, TNodeProfileSummary>> = {};
    if (bench.options.profile) {
      for (const [provider, app] of Object.entries(apps) as [TProvider, { child: ChildProcess; profileDir: string }][]) {
        await stopServer(app.child, "SIGINT");
        const file = newestProfile(app.profileDir);
        if (file) profiles[provider] = summariseNodeProfile(file);
        else log(`No CPU profile was written in ${relative(ROOT, app.profileDir)}.`);
      }
    }

    const targets: TTarget[] = [];
    for (const provider of ["sqlite", "postgresql"] as const) {
      const label = provider === "sqlite" ? "SQLite" : "PostgreSQL";
      const minimum = provider === "sqlite" ? TARGETS.sqliteWritesPerSecond : TARGETS.postgresWritesPerSecond;
      const app = results[`app-${provider}`];
      const bare = results[`bare-${provider}`];
      const note = skipped[provider];
      const clean = app ? app.errors === 0 && app.conflicts === 0 : false;
      const dirty = app && !clean ? ` (${app.errors} errors, ${app.conflicts} conflicts${app.firstError ? `; first: ${app.firstError}` : ""})` : "";
      targets.push({
        name: `Writes/s, ${CLIENTS} clients PATCHing claims, app on ${label}`,
        figure: app ? `${Math.round(app.writesPerSecond)}/s${dirty}` : "not measured",
        limit: `≥ ${minimum}/s`,
        pass: Boolean(app && clean && app.writesPerSecond >= minimum),
        measured: Boolean(app),
        note,
      });
      const share = app && bare ? app.writesPerSecond / bare.writesPerSecond : 0;
      targets.push({
        name: `App on ${label} ÷ bare ${provider === "sqlite" ? "better-sqlite3" : "pg"} server (writes/s, same run)`,
        figure: app && bare ? `${round(share * 100)}% (${Math.round(app.writesPerSecond)} / ${Math.round(bare.writesPerSecond)})` : "not measured",
        limit: `≥ ${TARGETS.shareOfBare * 100}%`,
        pass: Boolean(app && bare && clean && share >= TARGETS.shareOfBare),
        measured: Boolean(app && bare),
        note,
      });
      targets.push({
        name: `p99 latency of a write, app on ${label}`,
        figure: app ? `${ms(app.latencyMs.p99)} (p50 ${ms(app.latencyMs.p50)})` : "not measured",
        limit: `< ${TARGETS.p99Ms} ms`,
        pass: Boolean(app && clean && app.latencyMs.p99 < TARGETS.p99Ms),
        measured: Boolean(app),
        note,
      });
    }

    const rows = [["Server", "answers/s", "server CPU/answer", "p50", "p90", "p99", "max", "answers", "409s", "errors"]];
    for (const server of servers) rows.push(resultRow(server.name, results[server.key]!));
    for (const [provider, reason] of Object.entries(skipped)) rows.push([`${provider}: not measured`, reason]);
    const report = [
      `Write throughput: ${CLIENTS} concurrent clients, ${ROUNDS} rounds × ${MEASURE_MS / 1000} s per server after ${WARMUP_MS / 1000} s warm-up, interleaved${bench.options.profile ? " (servers under --cpu-prof: slower than without)" : ""}\n`,
      table(rows),
      floorNote(results),
      ...Object.entries(profiles).map(([provider, summary]) => profileReport(provider as TProvider, summary)),
    ].join("\n");
    return { report, targets, json: { throughput: { clients: CLIENTS, rounds: ROUNDS, warmupMs: WARMUP_MS, measureMs: MEASURE_MS, results, skipped, profiles } } };
  },
};
