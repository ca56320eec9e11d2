// Builds the app for production when its sources changed since the last build.
// Shared by `npm start` and `npm run bench`, so both serve the same build.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describeBuildPhase, describeStillRunning, followBuildOutput } from "./build-progress.mjs";
import { currentSourceFingerprint } from "./source-fingerprint.mjs";

export { sourceFingerprint } from "./source-fingerprint.mjs";

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
  const { fingerprint, save } = currentSourceFingerprint(root, env);
  if (isBuildCurrent(root, fingerprint) && !force) {
    save();
    return { built: false, ms: 0 };
  }
  onBuildStart();
  const started = performance.now();
  execFileSync(process.execPath, [nextBin(root), "build"], { cwd: root, stdio, env: buildEnv(env) });
  writeFileSync(join(root, ".next", "claimgraph-source-fingerprint"), fingerprint);
  save();
  return { built: true, ms: performance.now() - started };
}

/**
 * As ensureProductionBuild, for a person watching: passes the build's output
 * through, calls report() with a line when each phase starts, and every
 * `quietMs` without output a line saying the phase is still running.
 */
export async function ensureProductionBuildWithProgress({ root = process.cwd(), report, quietMs = 15_000, env = process.env }) {
  const { fingerprint, save } = currentSourceFingerprint(root, env);
  if (isBuildCurrent(root, fingerprint)) {
    save();
    return { built: false, ms: 0 };
  }
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
  save();
  return { built: true, ms: performance.now() - started };
}
