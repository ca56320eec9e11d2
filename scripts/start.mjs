// `npm start`: build if the sources changed since the last build, prepare the
// database (apply migrations, seed an empty one, create the demo team) unless
// a quick check finds nothing to do, then serve on PORT (default 3000).
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { isDatabaseReady } from "./database-ready.mjs";
import { ensureProductionBuildWithProgress } from "./production-build.mjs";

const root = process.cwd();
const port = process.env.PORT ?? "3000";
const started = performance.now();
const phase = (message) => console.log(`[start] ${message}`);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

// Each build phase gets a line, and a long quiet one a line every 15 s, so a first start never looks stuck.
const { built, ms } = await ensureProductionBuildWithProgress({ root, report: phase });
phase(built ? `Built in ${seconds(ms)}.` : "The production build is up to date.");

if (await isDatabaseReady()) {
  phase("The database is up to date: migrations applied, seed present.");
} else {
  // Migrating, seeding and the demo team, each reported by the script as it goes.
  const tsx = join(root, "node_modules", "tsx", "dist", "cli.mjs");
  execFileSync(process.execPath, [tsx, "--conditions=react-server", "scripts/db-prepare.ts"], { stdio: "inherit" });
}

phase(`Serving on http://localhost:${port} (prepared in ${seconds(performance.now() - started)})…`);
// Our server, not `next start`: it decides the client address from the socket (scripts/serve.mjs). It runs in this
// process: a second Node process cost a whole start-up more before the first page.
process.env.PORT = port;
process.env.NEXT_TELEMETRY_DISABLED = "1";
await import("./serve.mjs");
