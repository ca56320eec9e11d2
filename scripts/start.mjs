// `npm start`: build if the sources changed since the last build, apply
// migrations, seed an empty database, then serve on PORT (default 3000).
import { execFileSync, spawn } from "node:child_process";
import { join } from "node:path";
import { ensureProductionBuild } from "./production-build.mjs";

const root = process.cwd();
const port = process.env.PORT ?? "3000";

console.log("Checking the production build…");
const { built } = ensureProductionBuild({ root });
if (!built) console.log("The build is up to date.");

const tsx = join(root, "node_modules", "tsx", "dist", "cli.mjs");
execFileSync(process.execPath, [tsx, "--conditions=react-server", "scripts/db-prepare.ts"], { stdio: "inherit" });

// Our server, not `next start`: it decides the client address from the socket (scripts/serve.mjs).
const server = spawn(process.execPath, [join(root, "scripts", "serve.mjs")], {
  stdio: "inherit",
  env: { ...process.env, PORT: port, NEXT_TELEMETRY_DISABLED: "1" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
