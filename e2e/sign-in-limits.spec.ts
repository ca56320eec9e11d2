import { expect, test } from "@playwright/test";
import type { ChildProcess } from "node:child_process";
import { demoUser } from "./accounts";
import { baseUrl, prepareDatabase, removeSqliteDatabase, specPort, startServer, stopServers, waitUntilServing } from "./support/servers";

// Sign-in limits on real servers (scripts/serve.mjs, as `npm start` runs it),
// with the limits on: one trusting no proxy, one trusting loopback as its
// proxy. Both share one database. Uses this run's production build.
const database = "data/e2e-limits.db";
const servers = {
  direct: { port: specPort(7), env: {} },
  behindProxy: { port: specPort(8), env: { CLAIMGRAPH_TRUSTED_PROXY: "loopback" } },
};
const running: ChildProcess[] = [];

function url(server: keyof typeof servers): string {
  return baseUrl(servers[server].port);
}

function signIn(server: keyof typeof servers, email: string, password: string, headers: Record<string, string> = {}) {
  return fetch(`${url(server)}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: url(server), ...headers },
    body: JSON.stringify({ email, password }),
  });
}

test.describe("sign-in limits", () => {
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    removeSqliteDatabase(database);
    const env = { ...process.env, DATABASE_URL: `file:./${database}`, CLAIMGRAPH_AUTH_RATE_LIMIT: "on" };
    prepareDatabase(env);
    for (const server of Object.values(servers)) running.push(startServer(server.port, { ...env, ...server.env }));
    await Promise.all((Object.keys(servers) as (keyof typeof servers)[]).map((server) => waitUntilServing(url(server))));
  });

  test.afterAll(async () => {
    await stopServers(running);
    removeSqliteDatabase(database);
  });

  test("a client's own X-Forwarded-For does not get it past the per-address limit", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 14; i++) {
      const response = await signIn("direct", `nobody-${i}@example.test`, "a wrong password", { "x-forwarded-for": `198.51.100.${i + 1}` });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual(Array(4).fill(429));
  });

  test("behind the trusted proxy, each forwarded client has its own allowance", async () => {
    for (let i = 0; i < 14; i++) {
      const response = await signIn("behindProxy", `someone-${i}@example.test`, "a wrong password", { "x-forwarded-for": `192.0.2.${i + 1}` });
      expect(response.status).toBe(401);
    }
  });

  test("guesses at one account from one address are backed off, with Retry-After, even for the right password, but the owner signs in from elsewhere", async () => {
    const viewer = demoUser("viewer");
    const attacker = { "x-forwarded-for": "203.0.113.7" };
    const statuses: number[] = [];
    let retryAfter = "";
    for (let i = 0; i < 8; i++) {
      const response = await signIn("behindProxy", viewer.email, `wrong guess ${i}`, attacker);
      statuses.push(response.status);
      if (response.status === 429) retryAfter = response.headers.get("retry-after") ?? "";
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect((await signIn("behindProxy", viewer.email, viewer.password, attacker)).status).toBe(429);
    // The owner, from another address, is not locked out.
    expect((await signIn("behindProxy", viewer.email, viewer.password, { "x-forwarded-for": "198.51.100.200" })).status).toBe(200);
    // And that does not free the guessing address.
    expect((await signIn("behindProxy", viewer.email, viewer.password, attacker)).status).toBe(429);
  });

  test("HSTS is sent when the trusted proxy says the request came over HTTPS, and not on a client's word", async () => {
    const proxied = await fetch(`${url("behindProxy")}/sign-in`, { headers: { "x-forwarded-proto": "https" } });
    expect(proxied.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    const claimed = await fetch(`${url("direct")}/sign-in`, { headers: { "x-forwarded-proto": "https" } });
    expect(claimed.headers.get("strict-transport-security")).toBeNull();
  });
});
