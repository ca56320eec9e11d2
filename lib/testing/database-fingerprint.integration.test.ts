import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schemaModels } from "../backup/schema-models";
import type { TPrismaClient } from "../db/prisma-client";
import { databaseFingerprint } from "./database-fingerprint";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase, type TTestProvider } from "./test-databases";

const at = (iso: string) => new Date(iso);

/** The same rows on any database: ids whose order differs between byte and locale collation, a JSON text, dates, a false boolean, a float. */
async function insertFixture(db: TPrismaClient) {
  await db.workspace.create({
    data: { id: "w1", slug: "w", name: "Newsroom", verdictScale: '{"false":{"label":"Wrong"}}', createdAt: at("2026-01-02T03:04:05.678Z") },
  });
  for (const id of ["a-user", "B-user", "_user"]) {
    await db.user.create({
      data: { id, name: `Name ${id}`, email: `${id}@example.test`, createdAt: at("2026-01-01T00:00:00.000Z"), updatedAt: at("2026-01-01T00:00:00.001Z") },
    });
  }
  await db.board.create({
    data: {
      id: "b1", workspaceId: "w1", title: "Board", visibility: "public", graphDirection: "LR",
      createdAt: at("2026-02-01T00:00:00.000Z"), updatedAt: at("2026-02-01T00:00:00.000Z"),
    },
  });
  await db.claim.create({
    data: {
      id: "c1", boardId: "b1", number: 1, statement: "Ünïcode ✓ \u{1F600}", quoteExact: "x", quotePrefix: "", quoteSuffix: "",
      positionStart: 0, positionEnd: 1, kind: "other", checkable: false, checkworthiness: 0.1 + 0.2,
      assigneeId: "B-user", stage: "researching", dueOn: "2026-03-01",
      createdAt: at("2026-02-01T00:00:00.000Z"), updatedAt: at("2026-02-02T00:00:00.000Z"),
    },
  });
  await db.nodePosition.createMany({ data: [{ boardId: "b1", nodeId: "Z", x: -1.5, y: 2 }, { boardId: "b1", nodeId: "a", x: 1e-7, y: 1e9 }] });
  await db.setting.create({ data: { key: "secret", value: "s3cret" } });
}

async function tableNames(database: TTestDatabase): Promise<string[]> {
  const rows =
    database.config.provider === "sqlite"
      ? await database.db.$queryRawUnsafe<{ name: string }[]>(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
        )
      : await database.db.$queryRawUnsafe<{ name: string }[]>(
          "SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
        );
  // The search index (SQLite's FTS5 tables, prisma/migrations/*_search_index) is derived from the rows by triggers:
  // not data, so not in the fingerprint.
  return rows.map((row) => row.name).filter((name) => name !== "_claimgraph_migrations" && !name.startsWith("Search")).sort();
}

describe.each(TEST_PROVIDERS)("database fingerprint on %s", (provider) => {
  let database: TTestDatabase;
  let other: TTestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    // The same data on the other provider when there is one, else on a second database of this one.
    const otherProvider: TTestProvider = TEST_PROVIDERS.find((p) => p !== provider) ?? provider;
    other = await createTestDatabase(otherProvider);
  });
  afterAll(async () => {
    await database?.drop();
    await other?.drop();
  });

  it("has an entry for every table in the database, each empty at first", async () => {
    const fingerprint = await databaseFingerprint(database.db);
    expect(Object.keys(fingerprint).sort()).toEqual(await tableNames(database));
    expect(Object.keys(fingerprint).sort()).toEqual(schemaModels().map((model) => model.name).sort());
    expect(Object.values(fingerprint).every((table) => table.rows === 0)).toBe(true);
    expect(await databaseFingerprint(database.db)).toEqual(fingerprint);
  });

  it("is equal for equal data on both databases, and counts rows", async () => {
    await insertFixture(database.db);
    await insertFixture(other.db);
    const fingerprint = await databaseFingerprint(database.db);
    expect(await databaseFingerprint(other.db)).toEqual(fingerprint);
    expect(fingerprint.User!.rows).toBe(3);
    expect(fingerprint.NodePosition!.rows).toBe(2);
    expect(fingerprint.Claim!.rows).toBe(1);
  });

  it("changes only the hash of the table whose row changed, for any column type", async () => {
    const changes: [string, () => Promise<unknown>][] = [
      ["Claim", () => database.db.claim.update({ where: { id: "c1" }, data: { checkable: true, updatedAt: at("2026-02-02T00:00:00.000Z") } })],
      ["Claim", () => database.db.claim.update({ where: { id: "c1" }, data: { updatedAt: at("2026-02-02T00:00:00.001Z") } })],
      ["NodePosition", () => database.db.nodePosition.update({ where: { boardId_nodeId: { boardId: "b1", nodeId: "a" } }, data: { x: 1e-7 + 1e-22 } })],
      ["Workspace", () => database.db.workspace.update({ where: { id: "w1" }, data: { verdictScale: null } })],
      ["Setting", () => database.db.setting.update({ where: { key: "secret" }, data: { value: "s3cret " } })],
    ];
    for (const [table, change] of changes) {
      const before = await databaseFingerprint(database.db);
      await change();
      const after = await databaseFingerprint(database.db);
      const changed = Object.keys(before).filter((name) => before[name]!.hash !== after[name]!.hash);
      expect(changed, table).toEqual([table]);
      expect(after[table]!.rows).toBe(before[table]!.rows);
    }
  });
});
