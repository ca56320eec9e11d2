// The throughput scenario's load generator: concurrent clients, each in a loop of PATCHes over a
// kept-alive connection, each sending the version it last saw (a 409 hands it the current one).
import { Agent, request } from "node:http";
import { percentile, round } from "./stats";

export type TWriteClient = {
  /** Request path, e.g. /api/boards/<id>/claims/<id>. */
  path: string;
  /** Cookie header (a signed-in session), if any. */
  cookie?: string;
  /** The version the client last saw. */
  version: number;
};

export type TLoadResult = {
  clients: number;
  seconds: number;
  /** 2xx answers per second in the measured window. */
  writesPerSecond: number;
  writes: number;
  /** 409s: a stale version (should stay 0 when each client writes its own row). */
  conflicts: number;
  /** Anything else, e.g. a 500 or a socket error. */
  errors: number;
  firstError?: string;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
};

/** A result with the raw latencies, so that several windows can be combined. */
export type TLoadWindow = TLoadResult & {
  latencies: number[];
  /** Every answer of the run, warm-up included: what the server's CPU over the run is divided by. */
  answersInRun: number;
};

function latencySummary(latencies: number[]): TLoadResult["latencyMs"] {
  return latencies.length
    ? {
        p50: round(percentile(latencies, 0.5)),
        p90: round(percentile(latencies, 0.9)),
        p99: round(percentile(latencies, 0.99)),
        max: round(latencies.reduce((m, v) => Math.max(m, v), 0)),
      }
    : { p50: 0, p90: 0, p99: 0, max: 0 };
}

/** Several measured windows of one server as one result: writes over the total time, percentiles over all writes. */
export function combineWindows(windows: TLoadWindow[]): TLoadResult {
  const latencies = windows.flatMap((w) => w.latencies);
  const seconds = windows.reduce((s, w) => s + w.seconds, 0);
  const writes = windows.reduce((s, w) => s + w.writes, 0);
  return {
    clients: windows[0]?.clients ?? 0,
    seconds,
    writesPerSecond: round(writes / Math.max(seconds, 1e-9)),
    writes,
    conflicts: windows.reduce((s, w) => s + w.conflicts, 0),
    errors: windows.reduce((s, w) => s + w.errors, 0),
    firstError: windows.find((w) => w.firstError)?.firstError,
    latencyMs: latencySummary(latencies),
  };
}

type TAnswer = { status: number; body: string };

function send(agent: Agent, port: number, client: TWriteClient, body: string): Promise<TAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        method: "PATCH",
        path: client.path,
        agent,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          ...(client.cookie ? { cookie: client.cookie } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

function versionIn(text: string, pick: (parsed: { version?: unknown; current?: { version?: unknown } }) => unknown): number | null {
  try {
    const value = pick(JSON.parse(text) as { version?: unknown; current?: { version?: unknown } });
    return typeof value === "number" ? value : null;
  } catch {
    return null;
  }
}

/**
 * Runs every client in a loop for warmupMs (not counted) and then measureMs, and reports the
 * writes per second and latency of the measured window. Each request's body is
 * { statement, version } with a statement that changes every time.
 */
export async function runWriteLoad(options: {
  port: number;
  clients: TWriteClient[];
  warmupMs: number;
  measureMs: number;
  /** An answer that counts as done besides a 2xx: the framework floor's signed-out 401. */
  alsoCounts?: number;
}): Promise<TLoadWindow> {
  const { port, clients, warmupMs, measureMs, alsoCounts } = options;
  const agent = new Agent({ keepAlive: true, maxSockets: clients.length });
  const started = performance.now();
  const measureFrom = started + warmupMs;
  const stopAt = measureFrom + measureMs;
  const latencies: number[] = [];
  let writes = 0;
  let conflicts = 0;
  let errors = 0;
  let firstError: string | undefined;
  let sequence = 0;
  let answersInRun = 0;
  const loop = async (client: TWriteClient, index: number) => {
    while (performance.now() < stopAt) {
      const body = JSON.stringify({ statement: `Benchmark statement ${index}, edit ${++sequence}`, version: client.version });
      const sent = performance.now();
      let answer: TAnswer;
      try {
        answer = await send(agent, port, client, body);
      } catch (error) {
        answer = { status: 0, body: String(error) };
      }
      const done = performance.now();
      answersInRun++;
      // Writes count when they complete in the window; a failure counts when it was sent in it, however late it came.
      const counted = sent >= measureFrom && done <= stopAt;
      const failureCounted = sent >= measureFrom && sent <= stopAt;
      if ((answer.status >= 200 && answer.status < 300) || answer.status === alsoCounts) {
        client.version = versionIn(answer.body, (b) => b.version) ?? client.version;
        if (counted) {
          writes++;
          latencies.push(done - sent);
        }
      } else if (answer.status === 409) {
        client.version = versionIn(answer.body, (b) => b.current?.version) ?? client.version;
        if (failureCounted) conflicts++;
      } else {
        if (failureCounted) errors++;
        firstError ??= `HTTP ${answer.status}: ${answer.body.slice(0, 200)}`;
        if (answer.status === 0) await new Promise((r) => setTimeout(r, 50));
      }
    }
  };
  await Promise.all(clients.map(loop));
  agent.destroy();
  return {
    clients: clients.length,
    seconds: measureMs / 1000,
    writesPerSecond: round(writes / (measureMs / 1000)),
    writes,
    conflicts,
    errors,
    firstError,
    latencyMs: latencySummary(latencies),
    latencies,
    answersInRun,
  };
}
