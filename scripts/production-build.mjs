// Builds the app for production when its sources changed since the last build.
// Shared by `npm start` and `npm run bench`, so both serve the same build.
import { execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describeBuildPhase, describeStillRunning, followBuildOutput } from "./build-progress.mjs";

const BUILD_INPUTS = ["app", "components", "lib", "public", "next.config.ts", "proxy.ts", "instrumentation-client.ts", "tsconfig.json", "package-lock.json"];

function* files(path) {
  if (!existsSync(path)) return;
  if (statSync(path).isFile()) {
    yield path;
    return;
  }
  for (const entry of readdirSync(path).sort()) {
    if (entry === "generated" || entry === "node_modules") continue;
    yield* files(join(path, entry));
  }
}

// CLAIMGRAPH_BENCH=1 at build time makes a build with the benchmark's own pages (next.config.ts), so it is a
// different build from the same sources: `npm start` after `npm run bench` rebuilds, and the other way round.
const isBenchBuild = (env) => env.CLAIMGRAPH_BENCH === "1";

/** A hash of the build's inputs under root, and of whether it is the benchmark's build. */
export function sourceFingerprint(root, env = process.env) {
  const hash = createHash("sha256");
  hash.update(isBenchBuild(env) ? "bench build\n" : "production build\n");
  for (const input of BUILD_INPUTS) {
    for (const file of files(join(root, input))) {
      if (/\.test\.tsx?$/.test(file)) continue;
      hash.update(file.slice(root.length)).update(readFileSync(file));
    }
  }
  return hash.digest("hex");
}

function isBuildCurrent(root, fingerprint) {
  const fingerprintFile = join(root, ".next", "claimgraph-source-fingerprint");
  return (
    existsSync(join(root, ".next", "BUILD_ID")) && existsSync(fingerprintFile) && readFileSync(fingerprintFile, "utf8") === fingerprint
  );
}

const nextBin = (root) => join(root, "node_modules", "next", "dist", "bin", "next");
const buildEnv = (env) => ({ ...env, NEXT_TELEMETRY_DISABLED: "1" });

/**
 * Runs `next build` into .next unless the build there came from the same
 * sources. `stdio` is passed to the build (a log file's descriptor, or "inherit");
 * `onBuildStart` is called when a build is needed, before it starts. `env` is the build's environment
 * (CLAIMGRAPH_BENCH=1 in it makes the benchmark's build).
 */
export function ensureProductionBuild({ root = process.cwd(), force = false, stdio = "inherit", onBuildStart = () => {}, env = process.env } = {}) {
  const fingerprint = sourceFingerprint(root, env);
  if (isBuildCurrent(root, fingerprint) && !force) return { built: false, ms: 0 };
  onBuildStart();
  const started = performance.now();
  execFileSync(process.execPath, [nextBin(root), "build"], { cwd: root, stdio, env: buildEnv(env) });
  writeFileSync(join(root, ".next", "claimgraph-source-fingerprint"), fingerprint);
  return { built: true, ms: performance.now() - started };
}

/**
 * As ensureProductionBuild, for a person watching: passes the build's output
 * through, calls report() with a line when each phase starts, and every
 * `quietMs` without output a line saying the phase is still running.
 */
export async function ensureProductionBuildWithProgress({ root = process.cwd(), report, quietMs = 15_000, env = process.env }) {
  const fingerprint = sourceFingerprint(root, env);
  if (isBuildCurrent(root, fingerprint)) return { built: false, ms: 0 };
  report("Building the app for production: compiling, type-checking, then generating pages. A first build takes minutes.");
  const started = performance.now();
  const follower = followBuildOutput((phase) => report(describeBuildPhase(phase)));
  report(describeBuildPhase(follower.current()));
  const child = spawn(process.execPath, [nextBin(root), "build"], { cwd: root, stdio: ["ignore", "pipe", "pipe"], env: buildEnv(env) });
  let lastOutput = performance.now();
  const onOutput = (stream) => (chunk) => {
    lastOutput = performance.now();
    stream.write(chunk);
    follower.push(chunk.toString("utf8"));
  };
  child.stdout.on("data", onOutput(process.stdout));
  child.stderr.on("data", onOutput(process.stderr));
  const heartbeat = setInterval(() => {
    if (performance.now() - lastOutput < quietMs) return;
    lastOutput = performance.now();
    report(describeStillRunning(follower.current(), performance.now() - started));
  }, 1_000);
  try {
    const code = await new Promise((resolve, reject) => {
      child.on("error", reject);
      child.on("close", resolve);
    });
    if (code !== 0) throw new Error(`next build failed (exit code ${code}); its output is above.`);
  } finally {
    clearInterval(heartbeat);
  }
  writeFileSync(join(root, ".next", "claimgraph-source-fingerprint"), fingerprint);
  return { built: true, ms: performance.now() - started };
}
