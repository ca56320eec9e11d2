// A statement sent outside any transaction (as Better Auth sends its writes)
// while another request's transaction is open must not join that transaction:
// on SQLite's one shared connection it would vanish with the rollback.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../testing/test-databases";

class RolledBack extends Error {}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(TEST_PROVIDERS)("a standalone write during another transaction, on %s", (provider) => {
  let database: TTestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("survives that transaction's rollback, which undoes only its own writes", async () => {
    const { db } = database;
    const insideId = randomUUID();
    const standaloneId = randomUUID();
    let standalone: Promise<unknown> | undefined;
    await expect(
      db.$transaction(async (tx) => {
        await tx.user.create({ data: { id: insideId, name: "inside", email: `${insideId}@example.test` } });
        // Another request's write, sent (not awaited here) while this transaction is open.
        standalone = Promise.resolve(db.user.create({ data: { id: standaloneId, name: "standalone", email: `${standaloneId}@example.test` } }));
        // Long enough for that write to reach the connection if nothing holds it back.
        await pause(100);
        await tx.user.count();
        throw new RolledBack();
      }),
    ).rejects.toBeInstanceOf(RolledBack);
    await standalone;
    const stored = await db.user.findMany({ where: { id: { in: [insideId, standaloneId] } }, select: { id: true } });
    expect(stored.map((u) => u.id)).toEqual([standaloneId]);
  });

  it("reads outside a transaction see only committed rows", async () => {
    const { db } = database;
    const id = randomUUID();
    let seen: Promise<number> | undefined;
    await expect(
      db.$transaction(async (tx) => {
        await tx.user.create({ data: { id, name: "uncommitted", email: `${id}@example.test` } });
        seen = Promise.resolve(db.user.count({ where: { id } }));
        await pause(100);
        throw new RolledBack();
      }),
    ).rejects.toBeInstanceOf(RolledBack);
    expect(await seen).toBe(0);
  });
});
