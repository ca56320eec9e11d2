// Builds the app for production when its sources changed since the last build.
// Shared by `npm start` and `npm run bench`, so both serve the same build.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

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

function sourceFingerprint(root) {
  const hash = createHash("sha256");
  for (const input of BUILD_INPUTS) {
    for (const file of files(join(root, input))) {
      if (/\.test\.tsx?$/.test(file)) continue;
      hash.update(file.slice(root.length)).update(readFileSync(file));
    }
  }
  return hash.digest("hex");
}

/**
 * Runs `next build` into .next unless the build there came from the same
 * sources. `stdio` is passed to the build (a log file's descriptor, or "inherit");
 * `onBuildStart` is called when a build is needed, before it starts.
 */
export function ensureProductionBuild({ root = process.cwd(), force = false, stdio = "inherit", onBuildStart = () => {} } = {}) {
  const fingerprint = sourceFingerprint(root);
  const fingerprintFile = join(root, ".next", "claimgraph-source-fingerprint");
  const current =
    existsSync(join(root, ".next", "BUILD_ID")) &&
    existsSync(fingerprintFile) &&
    readFileSync(fingerprintFile, "utf8") === fingerprint;
  if (current && !force) return { built: false, ms: 0 };
  onBuildStart();
  const started = performance.now();
  execFileSync(process.execPath, [join(root, "node_modules", "next", "dist", "bin", "next"), "build"], {
    cwd: root,
    stdio,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  writeFileSync(fingerprintFile, fingerprint);
  return { built: true, ms: performance.now() - started };
}
