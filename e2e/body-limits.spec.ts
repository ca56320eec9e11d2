import { expect, test } from "@playwright/test";
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { demoUser } from "./accounts";
import { adminQuery, baseUrl, postgresUrlFor, prepareDatabase, signInCookie, specPort, startServer, stopServers, waitUntilServing } from "./support/servers";

// Issue 7, hole 1: 8 parallel 200 MB chunked POSTs (no Content-Length) took the
// server from 392 MB to 2,035 MB RSS, with or without a session. Bodies are now
// read with a hard cap and not at all before the request is authenticated, so
// the production server's RSS stays within 50 MB of where it started. Runs its
// own server (scripts/serve.mjs on the build this test run made) on SQLite, and on PostgreSQL
// when TEST_DATABASE_URL is set, so the server measured serves nothing else.
const BODY_BYTES = 200_000_000;
const PARALLEL = 8;
const RSS_ALLOWANCE = 50 * 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, "x");
/** A refused body is cut off long before its 200 MB: the caps here are 1 MB at most, and sockets buffer a few MB. */
const EARLY_CUT_BYTES = 32 * 1024 * 1024;

const providers = [
  { name: "SQLite", port: specPort(1), postgres: false },
  ...(process.env.TEST_DATABASE_URL ? [{ name: "PostgreSQL", port: specPort(2), postgres: true }] : []),
];

function rssBytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+) kB$/m);
  if (!line) throw new Error(`no VmRSS for process ${pid}`);
  return Number(line[1]) * 1024;
}

type TOutcome = { status: number | null; sent: number; error: string | null };

/**
 * Sends up to BODY_BYTES chunked to 127.0.0.1, as an attacker would: it keeps
 * sending after the answer, until the body is sent or the server closes the
 * connection.
 */
function chunkedPost(port: number, method: string, path: string, headers: Record<string, string>): Promise<TOutcome> {
  return new Promise((resolve) => {
    const outcome: TOutcome = { status: null, sent: 0, error: null };
    const request = http.request({ host: "127.0.0.1", port, path, method, agent: false, headers: { "content-type": "application/json", ...headers } });
    request.setTimeout(120_000, () => request.destroy(new Error("timed out")));
    request.on("response", (response) => {
      outcome.status = response.statusCode ?? null;
      response.resume();
    });
    request.on("error", (error) => {
      outcome.error = error.message;
    });
    request.on("close", () => resolve(outcome));
    const write = () => {
      while (outcome.sent < BODY_BYTES && !request.destroyed) {
        outcome.sent += CHUNK.byteLength;
        if (!request.write(CHUNK)) {
          request.once("drain", write);
          return;
        }
      }
      if (!request.destroyed) request.end();
    };
    write();
  });
}

for (const provider of providers) {
  test.describe(`request bodies on ${provider.name}`, () => {
    const base = baseUrl(provider.port);
    let server: ChildProcess;
    let cleanUp: () => Promise<void>;
    let cookie = "";
    let boardId = "";

    test.beforeAll(async () => {
      test.setTimeout(180_000);
      let databaseUrl: string;
      if (provider.postgres) {
        const name = `claimgraph_e2e_${randomBytes(5).toString("hex")}`;
        await adminQuery(`CREATE DATABASE ${name}`);
        databaseUrl = postgresUrlFor(name);
        cleanUp = () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } else {
        const dir = mkdtempSync(join(tmpdir(), "claimgraph-body-limits-"));
        databaseUrl = `file:${join(dir, "e2e.db")}`;
        cleanUp = async () => rmSync(dir, { recursive: true, force: true });
      }
      const env = { ...process.env, DATABASE_URL: databaseUrl, CLAIMGRAPH_AUTH_RATE_LIMIT: "off", NEXT_TELEMETRY_DISABLED: "1" };
      prepareDatabase(env);
      server = startServer(provider.port, env);
      await waitUntilServing(base);
      cookie = await signInCookie(base, demoUser("editor"));
      const { boards } = (await (await fetch(`${base}/api/boards`, { headers: { cookie } })).json()) as { boards: { id: string }[] };
      boardId = boards[0]!.id;
    });

    test.afterAll(async () => {
      await stopServers([server]);
      await cleanUp?.();
    });

    test("8 parallel 200 MB chunked POSTs, signed out and signed in, are refused early and RSS stays within 50 MB", async () => {
      test.setTimeout(600_000);
      const signedOut = { origin: base };
      const signedIn = { origin: base, cookie };
      const evidence = `/api/boards/${boardId}/evidence`;
      const rounds: { name: string; requests: { method?: string; path: string; headers: Record<string, string>; expected: number }[] }[] = [
        {
          name: "signed out",
          requests: Array.from({ length: PARALLEL }, (_, index) =>
            [
              { path: evidence, headers: signedOut, expected: 401 },
              { path: "/api/boards/no-such-board/claims", headers: signedOut, expected: 401 },
              { path: "/api/boards/import", headers: signedOut, expected: 401 },
              { path: "/api/auth/sign-in/email", headers: signedOut, expected: 413 },
            ][index % 4]!,
          ),
        },
        {
          name: "signed in",
          requests: Array.from({ length: PARALLEL }, (_, index) =>
            [
              { path: evidence, headers: signedIn, expected: 413 },
              { path: "/api/boards", headers: signedIn, expected: 413 },
              { path: "/api/auth/sign-up/email", headers: signedIn, expected: 413 },
              { method: "PUT", path: `/api/boards/${boardId}/positions`, headers: signedIn, expected: 413 },
            ][index % 4]!,
          ),
        },
        // Pages take no body: scripts/serve.mjs refuses one before Next.js reads or renders anything, and hangs up a moment later.
        { name: "signed out, to a page", requests: Array.from({ length: PARALLEL }, () => ({ path: "/", headers: signedOut, expected: 413 })) },
      ];
      const pid = server.pid!;
      // Warm up: every route above loaded and answered, so the baseline includes their code (what is measured is the
      // bodies), and the page served as it is meant to be, without a body.
      const warmUp = ({ method = "POST", path, headers }: (typeof rounds)[number]["requests"][number]) =>
        fetch(`${base}${path}`, { method, headers: { "content-type": "application/json", ...headers }, body: "x".repeat(2_000_000) });
      for (const round of rounds.slice(0, -1)) {
        for (const request of round.requests.slice(0, 4)) await warmUp(request);
      }
      await Promise.all(Array.from({ length: PARALLEL }, () => fetch(`${base}/`)));
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const baseline = rssBytes(pid);

      for (const round of rounds) {
        let peak = rssBytes(pid);
        const sampler = setInterval(() => {
          peak = Math.max(peak, rssBytes(pid));
        }, 50);
        const outcomes = await Promise.all(round.requests.map(({ method = "POST", path, headers }) => chunkedPost(provider.port, method, path, headers)));
        clearInterval(sampler);
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        const after = rssBytes(pid);
        const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
        console.log(`${provider.name}, ${round.name}: RSS ${mb(baseline)} before, peak ${mb(peak)}, ${mb(after)} after`);
        round.requests.forEach((request, index) => {
          const outcome = outcomes[index]!;
          const label = `${round.name} ${request.method ?? "POST"} ${request.path}: ${JSON.stringify(outcome)}`;
          if (outcome.status === null && /EPIPE|ECONNRESET/.test(outcome.error ?? "")) {
            // The server answered and hung up while this client was still sending; the reset can reach the client
            // before the answer does, which is then lost. Hanging up early is the refusal: check how early.
            expect(outcome.sent, label).toBeLessThan(EARLY_CUT_BYTES);
          } else {
            expect(outcome.status, label).toBe(request.expected);
          }
        });
        const answered = outcomes.filter((outcome) => outcome.status !== null).length;
        // A page's refusal lingers before hanging up (scripts/serve.mjs), so every sender reads its answer.
        if (round.name === "signed out, to a page") expect(answered, `${round.name}: answers read`).toBe(PARALLEL);
        else expect(answered, `${round.name}: answers read`).toBeGreaterThan(0);
        expect(peak - baseline, `${round.name}: peak RSS over the baseline`).toBeLessThan(RSS_ALLOWANCE);
        expect(after - baseline, `${round.name}: RSS over the baseline afterwards`).toBeLessThan(RSS_ALLOWANCE);
      }
      // And it still serves, pages too.
      expect((await fetch(`${base}/api/boards`, { headers: { cookie } })).status).toBe(200);
      expect((await fetch(`${base}/`)).status).toBe(200);
    });
  });
}
