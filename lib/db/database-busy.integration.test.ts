// Writes while another process or session holds the database's lock: they
// wait and succeed, or answer 503 with Retry-After, and never wedge the app.
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { PATCH } from "@/app/api/boards/[boardId]/claims/[claimId]/route";
import { importSeedBoard } from "../data/seed/import-seed-board";
import { BASRA_SEED_KEY, readSeedBoard } from "../seed/read-seed-board";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../testing/test-databases";
import type { TDatabaseConfig } from "./database-config";
import { createPrismaClient, type TPrismaClient } from "./prisma-client";

const route = vi.hoisted(() => ({ db: undefined as unknown }));
vi.mock("../http/request-actor", () => ({
  getRequestActor: async () => ({ userId: "busy-editor", roles: { "*": "editor" } }),
}));
vi.mock("./prisma-client", async (importOriginal) => ({
  ...(await importOriginal<typeof import("./prisma-client")>()),
  getPrisma: () => route.db,
}));

const SHORT_WAIT_MS = 1_000;

type TLockHolder = { releasedAt: Promise<number> };

/** Another process's write lock (SQLite) or another session's row locks on the board's claims (PostgreSQL), for `ms`. */
async function holdWriteLock(config: TDatabaseConfig, boardId: string, ms: number): Promise<TLockHolder> {
  if (config.provider === "sqlite") {
    const other = new Database(config.file);
    other.exec("BEGIN IMMEDIATE");
    other.prepare('UPDATE "Board" SET "description" = "description" WHERE "id" = ?').run(boardId);
    const releasedAt = new Promise<number>((resolve) =>
      setTimeout(() => {
        other.exec("COMMIT");
        other.close();
        resolve(Date.now());
      }, ms),
    );
    return { releasedAt };
  }
  const other = new pg.Client({ connectionString: config.url });
  await other.connect();
  await other.query("BEGIN");
  await other.query('SELECT "id" FROM "Claim" WHERE "boardId" = $1 FOR UPDATE', [boardId]);
  const releasedAt = new Promise<number>((resolve) =>
    setTimeout(() => {
      // The locks go as soon as the server runs the COMMIT, before this client hears back.
      const sentAt = Date.now();
      void other
        .query("COMMIT")
        .then(() => other.end())
        .then(() => resolve(sentAt));
    }, ms),
  );
  return { releasedAt };
}

async function patchSpeaker(db: TPrismaClient, boardId: string, claimId: string, speaker: string) {
  route.db = db;
  const request = new Request(`http://localhost/api/boards/${boardId}/claims/${claimId}`, {
    method: "PATCH",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ speaker }),
  });
  const response = await PATCH(request, { params: Promise.resolve({ boardId, claimId }) });
  return { status: response.status, retryAfter: response.headers.get("retry-after"), at: Date.now() };
}

describe.each(TEST_PROVIDERS)("writes while another process holds the lock, on %s", (provider) => {
  let database: TTestDatabase;
  let shortWait: TPrismaClient;
  let boardId: string;
  let claimIds: string[];

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    shortWait = createPrismaClient(database.config, { lockWaitMs: SHORT_WAIT_MS });
    boardId = (await importSeedBoard(database.db, readSeedBoard(BASRA_SEED_KEY))).boardId;
    claimIds = (await database.db.claim.findMany({ where: { boardId }, orderBy: { id: "asc" }, take: 6 })).map((c) => c.id);
  });
  afterAll(async () => {
    await shortWait?.$disconnect();
    await database?.drop();
  });

  const speakers = async () =>
    (await database.db.claim.findMany({ where: { id: { in: claimIds } }, orderBy: { id: "asc" } })).map((c) => c.speaker);

  it("makes writes wait for a lock held 2 s, then saves every one", async () => {
    const holder = await holdWriteLock(database.config, boardId, 2_000);
    const results = await Promise.all(claimIds.map((id, n) => patchSpeaker(database.db, boardId, id, `waited ${n}`)));
    const releasedAt = await holder.releasedAt;
    expect(results.map((r) => r.status)).toEqual(claimIds.map(() => 200));
    // They were answered after the lock was released: they waited, they did not fail and get retried.
    for (const result of results) expect(result.at).toBeGreaterThanOrEqual(releasedAt);
    expect(await speakers()).toEqual(claimIds.map((_, n) => `waited ${n}`));
  });

  it("answers 503 with Retry-After when the lock outlasts the wait, saves nothing, then serves writes again", async () => {
    const before = await speakers();
    const holder = await holdWriteLock(database.config, boardId, SHORT_WAIT_MS * 2.5);
    const refused = await Promise.all(claimIds.map((id) => patchSpeaker(shortWait, boardId, id, "too late")));
    expect(refused.map((r) => r.status)).toEqual(claimIds.map(() => 503));
    for (const result of refused) expect(Number(result.retryAfter)).toBeGreaterThan(0);
    await holder.releasedAt;
    expect(await speakers()).toEqual(before);

    const after = await Promise.all(claimIds.map((id, n) => patchSpeaker(shortWait, boardId, id, `after ${n}`)));
    expect(after.map((r) => r.status)).toEqual(claimIds.map(() => 200));
    expect(await speakers()).toEqual(claimIds.map((_, n) => `after ${n}`));
  });
});

// prisma/orm#29933: in rollback-journal mode a COMMIT is refused while another
// process reads. The stock adapter then left its one connection inside the
// transaction, so later writes hung or were silently never committed.
describe("a COMMIT refused as busy on SQLite", () => {
  let database: TTestDatabase | undefined;
  let db: TPrismaClient | undefined;
  afterEach(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  it("answers 503, leaves no transaction open, and the next writes are committed", async () => {
    database = await createTestDatabase("sqlite");
    const file = (database.config as { file: string }).file;
    const setup = new Database(file);
    setup.pragma("journal_mode = DELETE");
    setup.close();
    db = createPrismaClient(database.config, { lockWaitMs: SHORT_WAIT_MS });
    const boardId = (await importSeedBoard(db, readSeedBoard(BASRA_SEED_KEY))).boardId;
    const claimId = (await db.claim.findFirstOrThrow({ where: { boardId }, orderBy: { id: "asc" } })).id;

    const reader = new Database(file);
    reader.exec("BEGIN");
    reader.prepare('SELECT count(*) FROM "Claim"').get();
    const refused = await patchSpeaker(db, boardId, claimId, "refused at commit");
    reader.exec("ROLLBACK");
    reader.close();
    expect(refused.status).toBe(503);

    expect((await patchSpeaker(db, boardId, claimId, "committed")).status).toBe(200);
    expect((await patchSpeaker(db, boardId, claimId, "committed again")).status).toBe(200);
    // Another connection sees the write, and can take the write lock: the app holds no transaction open.
    const other = new Database(file);
    try {
      expect(other.prepare('SELECT "speaker" FROM "Claim" WHERE "id" = ?').get(claimId)).toEqual({ speaker: "committed again" });
      other.exec("BEGIN IMMEDIATE");
      other.exec("ROLLBACK");
    } finally {
      other.close();
    }
  });
});
