// The production build and `next start` servers the scenarios measure.
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, createWriteStream, existsSync, openSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { ensureProductionBuild } from "../../scripts/production-build.mjs";
import { DIST_DIR, RESULTS_DIR, ROOT } from "./options";
import { log } from "./report";
import { round } from "./stats";

export type TBuildResult = { built: boolean; ms: number };

export function tail(file: string, lines = 40): string {
  return existsSync(file) ? readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n") : "(no log)";
}

export async function buildApp(options: { rebuild: boolean; skipBuild: boolean }): Promise<TBuildResult> {
  if (options.skipBuild) {
    if (!existsSync(join(ROOT, DIST_DIR, "BUILD_ID"))) throw new Error(`--skip-build, but there is no build in ${DIST_DIR}`);
    log(`Using the existing build in ${DIST_DIR} (--skip-build).`);
    return { built: false, ms: 0 };
  }
  const logFile = join(RESULTS_DIR, "build.log");
  log(`Checking the benchmark's production build in ${DIST_DIR} (npm start's build plus the bench-only pages; log: ${relative(ROOT, logFile)}) …`);
  const logFd = openSync(logFile, "w");
  try {
    // CLAIMGRAPH_BENCH=1: the build with the bench-only pages (app/bench/**/page.bench.tsx), which no other build has.
    const env = { ...process.env, CLAIMGRAPH_BENCH: "1" };
    const result = ensureProductionBuild({ root: ROOT, force: options.rebuild, stdio: ["ignore", logFd, logFd], env });
    log(result.built ? `Built in ${round(result.ms / 1000)} s.` : "The build is up to date; not rebuilding (--rebuild forces it).");
    return result;
  } catch (error) {
    throw new Error(`next build failed. Last lines of ${relative(ROOT, logFile)}:\n${tail(logFile)}`, { cause: error });
  } finally {
    closeSync(logFd);
  }
}

/** The HTTP status a URL answers with, or null when nothing answers. */
export async function answers(url: string): Promise<number | null> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return null;
  }
}

export async function assertPortFree(port: number): Promise<void> {
  if ((await answers(`http://127.0.0.1:${port}/`)) !== null) {
    throw new Error(`Something already answers on port ${port}; stop it or pass --port (or BENCH_PORT).`);
  }
}

export type TStartServerOptions = {
  port: number;
  env: NodeJS.ProcessEnv;
  /** Under bench/results. */
  logName: string;
  /** A path that answers 200 once the server is ready. */
  probePath: string;
  /** What a non-200 answer from the probe means, for the error message. */
  probeHint?: string;
  /** Node flags before the script, e.g. --cpu-prof. */
  nodeArgs?: string[];
  /** The script and its arguments; default scripts/serve.mjs, the server `npm start` runs. */
  script?: string[];
};

/** Starts the app's server (or another server script) on the port and waits until probePath answers 200. */
export async function startServer(options: TStartServerOptions): Promise<{ child: ChildProcess; logFile: string }> {
  const base = `http://127.0.0.1:${options.port}`;
  await assertPortFree(options.port);
  const logFile = join(RESULTS_DIR, options.logName);
  const out = createWriteStream(logFile);
  // Its own process group, so stopping it stops whatever it started.
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), ...(options.script ?? ["scripts/serve.mjs"])],
    { cwd: ROOT, env: { ...options.env, PORT: String(options.port) }, stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  let exited: number | null | undefined;
  child.on("exit", (code) => (exited = code));
  const deadline = Date.now() + 60_000;
  const probe = `${base}${options.probePath}`;
  while (Date.now() < deadline) {
    if (exited !== undefined) throw new Error(`The server exited (${exited}). Last lines of ${relative(ROOT, logFile)}:\n${tail(logFile)}`);
    const status = await answers(probe);
    if (status === 200) return { child, logFile };
    if (status !== null) {
      await stopServer(child);
      throw new Error(`The server answers ${status} for ${probe}${options.probeHint ? `: ${options.probeHint}` : ""}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stopServer(child);
  throw new Error(`The server did not answer on ${base} within 60 s. Last lines of ${relative(ROOT, logFile)}:\n${tail(logFile)}`);
}

/** SIGTERM to the server's process group (SIGKILL after 5 s); resolves when it has exited. */
export async function stopServer(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  try {
    process.kill(-child.pid, signal);
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
