// Sign-in and sign-up while another process or session holds the database's
// lock answer 503 with Retry-After, as the rest of the API does, never 500;
// once the lock is gone they work again.
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/auth/[...all]/route";
import type { TDatabaseConfig } from "../../db/database-config";
import { createPrismaClient, type TPrismaClient } from "../../db/prisma-client";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../../testing/test-databases";
import { createAuth, type TAuth } from "./create-auth";
import { readAuthSecret } from "./read-auth-secret";

const route = vi.hoisted(() => ({ auth: undefined as unknown }));
vi.mock("./get-auth", () => ({ getAuth: async () => route.auth }));

const SHORT_WAIT_MS = 1_000;
const HOLD_MS = SHORT_WAIT_MS * 2.5;

/** Another process's write lock (SQLite), or another session's exclusive locks on every auth table (PostgreSQL), for HOLD_MS. */
async function holdLock(config: TDatabaseConfig): Promise<{ released: Promise<void> }> {
  if (config.provider === "sqlite") {
    const other = new Database(config.file);
    other.exec("BEGIN IMMEDIATE");
    const released = new Promise<void>((resolve) =>
      setTimeout(() => {
        other.exec("COMMIT");
        other.close();
        resolve();
      }, HOLD_MS),
    );
    return { released };
  }
  const other = new pg.Client({ connectionString: config.url });
  await other.connect();
  await other.query("BEGIN");
  await other.query('LOCK TABLE "User", "Account", "Session", "RateLimit", "SignInThrottle" IN ACCESS EXCLUSIVE MODE');
  const released = new Promise<void>((resolve) =>
    setTimeout(() => void other.query("COMMIT").then(() => other.end()).then(() => resolve()), HOLD_MS),
  );
  return { released };
}

let addressCounter = 0;
function post(path: string, body: unknown): Promise<Response> {
  addressCounter++;
  return POST(
    new Request(`http://localhost/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost", host: "localhost", "x-forwarded-for": `198.51.100.${addressCounter}` },
      body: JSON.stringify(body),
    }),
  );
}

describe.each(TEST_PROVIDERS)("auth endpoints on a busy database, on %s", (provider) => {
  let database: TTestDatabase;
  let shortWait: TPrismaClient;
  const account = { name: "Busy Day", email: "busy@example.test", password: "a long enough password" };

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    shortWait = createPrismaClient(database.config, { lockWaitMs: SHORT_WAIT_MS });
    route.auth = createAuth(shortWait, provider, await readAuthSecret(database.db)) satisfies TAuth;
    expect((await post("/sign-up/email", account)).status).toBe(200);
  });
  afterAll(async () => {
    await shortWait?.$disconnect();
    await database?.drop();
  });

  it("answers sign-in and sign-up with 503 and Retry-After, makes nothing, then serves them again", async () => {
    const sessions = await database.db.session.count();
    const { released } = await holdLock(database.config);
    const answers = await Promise.all([
      post("/sign-in/email", { email: account.email, password: account.password }),
      post("/sign-up/email", { name: "New Comer", email: "new@example.test", password: "another long password" }),
    ]);
    await released;
    for (const answer of answers) {
      expect(answer.status).toBe(503);
      expect(Number(answer.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await answer.json()).toMatchObject({ code: "DATABASE_BUSY", message: expect.stringContaining("busy") });
    }
    expect(await database.db.session.count()).toBe(sessions);
    expect(await database.db.user.count({ where: { email: "new@example.test" } })).toBe(0);

    expect((await post("/sign-in/email", { email: account.email, password: account.password })).status).toBe(200);
    expect((await post("/sign-up/email", { name: "New Comer", email: "new@example.test", password: "another long password" })).status).toBe(200);
  });

  it("still answers Better Auth's own refusals as before", async () => {
    expect((await post("/sign-in/email", { email: account.email, password: "not the password" })).status).toBe(401);
    expect((await post("/sign-in/email", { email: account.email })).status).toBe(400);
  });
});
