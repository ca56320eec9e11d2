// `npm start`: build if the sources changed since the last build, prepare the
// database (apply migrations, seed an empty one, create the demo team) unless
// a quick check finds nothing to do, then serve on PORT (default 3000).
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { ensureProductionBuild } from "./production-build.mjs";

const root = process.cwd();
const port = process.env.PORT ?? "3000";
const started = performance.now();
const phase = (message) => console.log(`[start] ${message}`);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
// The environment npm start was given: the checks, the build and the database prepare see it as it is.
const env = { ...process.env };

// The checks run on another thread while this one loads Next.js, which needs neither the build nor the database
// until the app is made below (loading it takes longer than both checks).
const checks = new Promise((resolve, reject) => {
  const worker = new Worker(new URL("./start-checks.mjs", import.meta.url), { env, workerData: { root } });
  worker.once("message", resolve);
  worker.once("error", reject);
  worker.once("exit", (code) => reject(new Error(`The start-up checks stopped (exit code ${code}) without an answer.`)));
});
// Set before Next.js (and React) load: they choose their production code by it.
process.env.NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED = "1";
const nextLoaded = import("next");
const { buildCurrent, databaseReady } = await checks;

if (buildCurrent) phase("The production build is up to date.");
else {
  const { ms } = ensureProductionBuild({
    root,
    force: true,
    env,
    onBuildStart: () => phase("Building the app for production: compiling, then type-checking. The first build takes minutes…"),
  });
  phase(`Built in ${seconds(ms)}.`);
}

if (databaseReady) {
  phase("The database is up to date: migrations applied, seed present.");
} else {
  // Migrating, seeding and the demo team, each reported by the script as it goes.
  const tsx = join(root, "node_modules", "tsx", "dist", "cli.mjs");
  execFileSync(process.execPath, [tsx, "--conditions=react-server", "scripts/db-prepare.ts"], { stdio: "inherit", env });
}

await nextLoaded;
phase(`Serving on http://localhost:${port} (prepared in ${seconds(performance.now() - started)})…`);
// Our server, not `next start`: it decides the client address from the socket (scripts/serve.mjs). It runs in this
// process: a second Node process cost a whole start-up more before the first page.
process.env.PORT = port;
await import("./serve.mjs");
