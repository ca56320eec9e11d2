// Servers that specs start themselves (their own database, their own settings),
// run as `npm start` runs them: scripts/serve.mjs on this run's production
// build, so they decide the client address and send headers as production does.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { SUITE_PORT } from "./suite-servers";

const root = process.cwd();

/**
 * A port for a spec's own server: E2E_PORT (the suite's server) plus `offset`, so
 * runs given different E2E_PORT ranges never collide. Each spec takes its own offsets.
 */
export function specPort(offset: number): number {
  return SUITE_PORT + offset;
}

export const baseUrl = (port: number) => `http://127.0.0.1:${port}`;

/** Migrates and seeds the database `env.DATABASE_URL` names, as `npm start` does before serving. */
export function prepareDatabase(env: NodeJS.ProcessEnv): void {
  execFileSync(process.execPath, [join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "scripts/db-prepare.ts"], { env, stdio: "ignore" });
}

/** Deletes a SQLite database (a path from the project root, or absolute) and its -wal and -shm files, where they exist. */
export function removeSqliteDatabase(file: string): void {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(resolve(root, `${file}${suffix}`), { force: true });
}

/** scripts/serve.mjs on `port`; `detached` puts it in its own process group, for killHard. */
export function startServer(port: number, env: NodeJS.ProcessEnv, { detached = false } = {}): ChildProcess {
  return spawn(process.execPath, [join(root, "scripts/serve.mjs")], {
    env: { ...env, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
    detached,
  });
}

/** SIGKILL to the server's whole process group (it must have been started detached). */
export function killHard(server: ChildProcess): void {
  if (server.pid !== undefined && server.exitCode === null) process.kill(-server.pid, "SIGKILL");
}

/** Stops the servers and waits until each has exited. */
export async function stopServers(servers: (ChildProcess | undefined)[]): Promise<void> {
  await Promise.all(
    servers.map(async (server) => {
      if (!server || server.exitCode !== null || server.signalCode !== null) return;
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }),
  );
}

/** Waits until `path` (a route handler unless told otherwise) answers 200. */
export async function waitUntilServing(base: string, path = "/api/boards"): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt++) {
    try {
      if ((await fetch(`${base}${path}`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no server at ${base}`);
}

export async function waitUntilDown(base: string): Promise<void> {
  for (let attempt = 0; attempt < 40; attempt++) {
    try {
      await fetch(`${base}/api/boards`);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server at ${base} is still answering`);
}

/** The Cookie header a client sends back after this response's Set-Cookie headers. */
export function cookieFrom(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((header) => header.split(";")[0])
    .join("; ");
}

/** Signs in with email and password and answers the session's Cookie header. */
export async function signInCookie(base: string, account: { email: string; password: string }): Promise<string> {
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email: account.email, password: account.password }),
  });
  if (response.status !== 200) throw new Error(`sign-in as ${account.email} answered ${response.status}`);
  return cookieFrom(response);
}

/** Statements on the PostgreSQL server TEST_DATABASE_URL names (creating and dropping test databases), and its URL for another database. */
export { postgresAdminQuery as adminQuery, postgresUrlFor } from "../../lib/testing/postgres-admin";
