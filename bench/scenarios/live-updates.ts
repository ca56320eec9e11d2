// Live updates: how soon another client's open board stream shows a write (median write→other
// client), and what 50 idle stream connections cost the server in CPU, on SQLite and PostgreSQL.
// Baselines from the same run: the write's own round trip, and the same server with no stream open.
import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { startServer, stopServer } from "../lib/app-server";
import { benchServerEnv } from "../lib/context";
import { openEventStream, type TEventStreamClient, type TStreamEntry } from "../lib/event-stream-client";
import { ROOT } from "../lib/options";
import { processGroupCpuShare } from "../lib/process-cpu";
import { log, table, type TTarget } from "../lib/report";
import type { TBenchContext, TScenario } from "../lib/scenario";
import { createPostgresDatabase, prepareWriteDatabase, signedInWriters } from "../lib/signed-in-writers";
import { median, ms, p95, round } from "../lib/stats";

const WARMUP_WRITES = 3;
const WRITES = 30;
const WRITE_GAP_MS = 150;
const ARRIVAL_TIMEOUT_MS = 10_000;
const STREAMS = 50;
// Longer than a stream's session check (SESSION_CHECK_MS, 60 s), so the window holds one round of them.
const CPU_WINDOW_MS = 62_000;
const SETTLE_MS = 2_000;
const TARGETS = { medianMs: 150, idleStreamsCoreShare: 0.02 } as const;
const POSTGRES_ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? "postgresql://root@127.0.0.1:5432/postgres";

type TProvider = "sqlite" | "postgresql";
type TLiveResult = {
  provider: TProvider;
  latency: { medianMs: number; p95Ms: number; maxMs: number; writeMedianMs: number; afterAnswerMedianMs: number; samples: number; lost: number };
  cpu: { noStreams: number; streams: number; extra: number; windowMs: number; streamCount: number };
};

const sleep = (milliseconds: number) => new Promise((r) => setTimeout(r, milliseconds));
const percent = (share: number) => `${round(share * 100, 2)} % of a core`;

async function measure(bench: TBenchContext, provider: TProvider, port: number, stamp: string): Promise<TLiveResult> {
  let databaseUrl: string;
  if (provider === "sqlite") {
    const file = resolve(ROOT, "data", `bench-live-${stamp}.db`);
    databaseUrl = `file:${file}`;
    bench.defer(() => {
      for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
    });
  } else {
    const created = await createPostgresDatabase(POSTGRES_ADMIN_URL, "claimgraph_bench_live");
    databaseUrl = created.url;
    bench.defer(created.drop);
  }
  const { boardId, workspaceId } = await prepareWriteDatabase(databaseUrl, 4);
  const { child } = await startServer({
    port,
    env: { ...benchServerEnv(databaseUrl), CLAIMGRAPH_AUTH_RATE_LIMIT: "off" },
    logName: `live-${provider}-server.log`,
    probePath: "/api/boards",
  });
  bench.defer(() => stopServer(child));
  const base = `http://127.0.0.1:${port}`;
  // Two members: one writes, the other watches the board.
  const [writer, watcher] = await signedInWriters({ base, databaseUrl, boardId, workspaceId, count: 2 });
  const streamUrl = `${base}/api/boards/${boardId}/events`;
  const claimId = writer!.path.split("/").at(-1)!;

  // Latency: the watcher's stream is open; each write changes the writer's claim's speaker to a new marker.
  log(`Live updates on ${provider}: ${WRITES} writes (after ${WARMUP_WRITES} warm-ups), timing their arrival on another member's stream …`);
  const waiting = new Map<string, (at: number) => void>();
  const stream = openEventStream(streamUrl, watcher!.cookie, (entry: TStreamEntry, at) => {
    const marker = entry.entityId === claimId ? entry.after?.speaker : undefined;
    if (typeof marker === "string") waiting.get(marker)?.(at);
  });
  await stream.opened;
  await sleep(1_000);
  const latencies: number[] = [];
  const writeTimes: number[] = [];
  // From the write's answer to the arrival: what the stream adds (negative when the event beats the answer).
  const afterAnswer: number[] = [];
  let lost = 0;
  let version = writer!.version;
  for (let i = 0; i < WARMUP_WRITES + WRITES; i++) {
    const marker = `Bench live ${i}`;
    const arrived = new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => resolve(null), ARRIVAL_TIMEOUT_MS);
      waiting.set(marker, (at) => {
        clearTimeout(timer);
        resolve(at);
      });
    });
    const sent = performance.now();
    const response = await fetch(`${base}${writer!.path}`, {
      method: "PATCH",
      headers: { "content-type": "application/json", cookie: writer!.cookie!, origin: base },
      body: JSON.stringify({ speaker: marker, version }),
    });
    const answered = performance.now();
    const body = (await response.json()) as { version?: number; error?: string };
    if (!response.ok || typeof body.version !== "number") throw new Error(`The live-updates write answered ${response.status}: ${body.error ?? ""}`);
    version = body.version;
    const at = await arrived;
    waiting.delete(marker);
    if (i >= WARMUP_WRITES) {
      writeTimes.push(answered - sent);
      if (at === null) lost++;
      else {
        latencies.push(at - sent);
        afterAnswer.push(at - answered);
      }
    }
    await sleep(WRITE_GAP_MS);
  }
  stream.close();

  // CPU: the same server with no stream open, then with STREAMS idle streams, over the same window.
  log(`Live updates on ${provider}: server CPU over ${CPU_WINDOW_MS / 1000} s with no stream, then with ${STREAMS} idle streams …`);
  await sleep(SETTLE_MS);
  const noStreams = await processGroupCpuShare(child.pid!, CPU_WINDOW_MS);
  const streams: TEventStreamClient[] = [];
  try {
    for (let i = 0; i < STREAMS; i++) streams.push(openEventStream(streamUrl, watcher!.cookie, () => {}));
    await Promise.all(streams.map((s) => s.opened));
    await sleep(SETTLE_MS);
    const withStreams = await processGroupCpuShare(child.pid!, CPU_WINDOW_MS);
    return {
      provider,
      latency: {
        medianMs: latencies.length ? median(latencies) : Number.NaN,
        p95Ms: latencies.length ? p95(latencies) : Number.NaN,
        maxMs: latencies.length ? Math.max(...latencies) : Number.NaN,
        writeMedianMs: median(writeTimes),
        afterAnswerMedianMs: afterAnswer.length ? median(afterAnswer) : Number.NaN,
        samples: latencies.length,
        lost,
      },
      cpu: { noStreams, streams: withStreams, extra: Math.max(0, withStreams - noStreams), windowMs: CPU_WINDOW_MS, streamCount: STREAMS },
    };
  } finally {
    for (const s of streams) s.close();
  }
}

export const liveUpdatesScenario: TScenario = {
  name: "live-updates",
  summary: `write→other client latency on a board's live stream (median < ${TARGETS.medianMs} ms) and the CPU of ${STREAMS} idle streams (< ${TARGETS.idleStreamsCoreShare * 100} % of a core), SQLite and PostgreSQL`,
  async run(bench) {
    await bench.build();
    const stamp = Date.now().toString(36);
    const results: TLiveResult[] = [];
    for (const provider of ["sqlite", "postgresql"] as const) {
      results.push(await measure(bench, provider, bench.port(provider === "sqlite" ? 5 : 6), stamp));
    }
    const targets: TTarget[] = results.flatMap(({ provider, latency, cpu }) => [
      {
        name: `Live update, write → another member's stream, ${provider} (median of ${WRITES})`,
        figure: latency.samples ? `${ms(latency.medianMs)} (p95 ${ms(latency.p95Ms)}; the write's own answer ${ms(latency.writeMedianMs)}, arrival after it ${ms(latency.afterAnswerMedianMs)}${latency.lost ? `; ${latency.lost} never arrived` : ""})` : "not measured",
        limit: `< ${TARGETS.medianMs} ms, none lost`,
        pass: latency.samples > 0 && latency.lost === 0 && latency.medianMs < TARGETS.medianMs,
        measured: latency.samples > 0,
        note: latency.samples ? undefined : "no write arrived",
      },
      {
        name: `${cpu.streamCount} idle live streams, ${provider} (server CPU over ${cpu.windowMs / 1000} s, less the same server with none)`,
        figure: `${percent(cpu.extra)} (${percent(cpu.streams)} with them, ${percent(cpu.noStreams)} without)`,
        limit: `< ${TARGETS.idleStreamsCoreShare * 100} % of a core`,
        pass: cpu.extra < TARGETS.idleStreamsCoreShare,
        measured: true,
      },
    ]);
    const rows = [["Database", "median", "p95", "max", "write's answer (median)", "arrival after the answer (median)", "lost", `CPU, ${STREAMS} streams`, "CPU, none"]];
    for (const { provider, latency, cpu } of results) {
      rows.push([provider, ms(latency.medianMs), ms(latency.p95Ms), ms(latency.maxMs), ms(latency.writeMedianMs), ms(latency.afterAnswerMedianMs), String(latency.lost), percent(cpu.streams), percent(cpu.noStreams)]);
    }
    return {
      report: `Live updates (a member's write, timed from sending it until another member's open stream delivers it; server CPU from /proc over ${CPU_WINDOW_MS / 1000} s)\n\n${table(rows)}`,
      targets,
      json: { liveUpdates: results },
    };
  },
};
