// `npm start`: build if the sources changed since the last build, apply
// migrations, seed an empty database, then serve on PORT (default 3000).
import { execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = process.cwd();
const distDir = process.env.CLAIMGRAPH_DIST_DIR ?? ".next";
const port = process.env.PORT ?? "3000";
const BUILD_INPUTS = ["app", "components", "lib", "public", "next.config.ts", "tsconfig.json", "package-lock.json"];

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

function sourceFingerprint() {
  const hash = createHash("sha256");
  for (const input of BUILD_INPUTS) {
    for (const file of files(join(root, input))) {
      if (/\.test\.tsx?$/.test(file)) continue;
      hash.update(file).update(readFileSync(file));
    }
  }
  return hash.digest("hex");
}

const next = join(root, "node_modules", "next", "dist", "bin", "next");
const tsx = join(root, "node_modules", "tsx", "dist", "cli.mjs");
const fingerprintFile = join(root, distDir, "claimgraph-source-fingerprint");
const fingerprint = sourceFingerprint();
const built = existsSync(join(root, distDir, "BUILD_ID")) && existsSync(fingerprintFile) && readFileSync(fingerprintFile, "utf8") === fingerprint;

if (!built) {
  console.log("Building Claimgraph (first start, or the sources changed)…");
  execFileSync(process.execPath, [next, "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  writeFileSync(fingerprintFile, fingerprint);
}

execFileSync(process.execPath, [tsx, "--conditions=react-server", "scripts/db-prepare.ts"], { stdio: "inherit" });

const server = spawn(process.execPath, [next, "start", "-p", port], {
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
