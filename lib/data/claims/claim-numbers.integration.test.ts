import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeTextAnchor } from "../../anchoring/describe-text-anchor";
import type { TDatabaseConfig } from "../../db/database-config";
import { migrateDatabase, MIGRATIONS_DIR } from "../../db/migrate-database";
import { createPrismaClient } from "../../db/prisma-client";
import { boardPlanToExport } from "../../export/board-plan-to-export";
import { BASRA_SEED_KEY, readSeedBoard } from "../../seed/read-seed-board";
import { generateSyntheticBoard } from "../../seed/synthetic-board";
import { postgresAdminQuery, postgresUrlFor } from "../../testing/postgres-admin";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../../testing/test-databases";
import { LOCAL_OWNER } from "../actor";
import { getBoardExport } from "../boards/get-board-export";
import { getBoardView } from "../boards/get-board-view";
import { importBoard } from "../boards/import-board";
import { importSeedBoard } from "../seed/import-seed-board";
import { createClaim } from "./create-claim";
import { deleteClaim } from "./delete-claim";

const owner = LOCAL_OWNER;
const byStart = <T extends { positionStart: number; positionEnd: number; id: string }>(rows: T[]) =>
  [...rows].sort((a, b) => a.positionStart - b.positionStart || b.positionEnd - a.positionEnd || a.id.localeCompare(b.id));

describe.each(TEST_PROVIDERS)("claim numbers on %s", (provider) => {
  let database: TTestDatabase;
  let boardId: string;
  let text: string;
  let spanOffset = 0;
  /** A new claim on a span no other claim has (a word-sized slice further into the text each time). */
  const newClaim = (statement: string) => {
    spanOffset += 1;
    const start = spanOffset * 3;
    return createClaim(database.db, owner, boardId, { statement, selector: describeTextAnchor(text, start, start + 11), speaker: "", kind: "other", checkable: true, checkworthiness: 0.5 });
  };

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    boardId = (await importSeedBoard(database.db, readSeedBoard(BASRA_SEED_KEY))).boardId;
    text = (await database.db.article.findUniqueOrThrow({ where: { boardId } })).text;
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("numbers a seeded board 1…n in article order and sets the counter to n", async () => {
    const claims = byStart(await database.db.claim.findMany({ where: { boardId } }));
    expect(claims.map((claim) => claim.number)).toEqual(claims.map((_, index) => index + 1));
    expect((await database.db.board.findUniqueOrThrow({ where: { id: boardId } })).claimCounter).toBe(claims.length);
  });

  it("gives a new claim the next number and leaves every other claim's number alone, wherever its quote is", async () => {
    const before = await database.db.claim.findMany({ where: { boardId }, select: { id: true, number: true } });
    const claim = await newClaim("Near the start of the article");
    expect(claim.number).toBe(before.length + 1);
    const after = new Map((await database.db.claim.findMany({ where: { boardId }, select: { id: true, number: true } })).map((c) => [c.id, c.number]));
    for (const old of before) expect(after.get(old.id)).toBe(old.number);
    // The board's view and export carry it.
    expect((await getBoardView(database.db, owner, boardId)).claims.find((c) => c.id === claim.id)?.number).toBe(claim.number);
    expect((await getBoardExport(database.db, owner, boardId)).claims.find((c) => c.id === claim.id)?.number).toBe(claim.number);
  });

  it("never gives a deleted claim's number again", async () => {
    const doomed = await newClaim("To be deleted");
    await deleteClaim(database.db, owner, boardId, doomed.id);
    const next = await newClaim("After the deletion");
    expect(next.number).toBe(doomed.number + 1);
  });

  it("gives 20 simultaneous creates 20 distinct numbers, the next 20 in a row", async () => {
    const { claimCounter } = await database.db.board.findUniqueOrThrow({ where: { id: boardId } });
    const created = await Promise.all(Array.from({ length: 20 }, (_, n) => newClaim(`Parallel ${n}`)));
    const numbers = created.map((claim) => claim.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, n) => claimCounter + n + 1));
    expect((await database.db.board.findUniqueOrThrow({ where: { id: boardId } })).claimCounter).toBe(claimCounter + 20);
  });

  it("keeps an export's numbers on import, and the next create continues after the highest", async () => {
    const exported = await getBoardExport(database.db, owner, boardId);
    const { id } = await importBoard(database.db, owner, exported);
    const imported = await database.db.claim.findMany({ where: { boardId: id }, select: { statement: true, number: true } });
    const original = new Map(exported.claims.map((claim) => [claim.statement, claim.number]));
    for (const claim of imported) expect(claim.number).toBe(original.get(claim.statement));
    const highest = Math.max(...exported.claims.map((claim) => claim.number ?? 0));
    expect((await database.db.board.findUniqueOrThrow({ where: { id } })).claimCounter).toBe(highest);
  });

  it("numbers an import's claims that have no number or a repeated one after the highest kept one, in article order", async () => {
    const file = boardPlanToExport(generateSyntheticBoard({ claims: 6, evidence: 1, links: 1, relations: 0, seed: 5 }));
    const [a, b, c, d, e, f] = file.claims as (typeof file.claims[number] & { number?: unknown })[];
    Object.assign(a!, { number: 40 });
    Object.assign(b!, { number: 7 });
    Object.assign(c!, { number: 7 }); // repeated: only the first keeps it
    for (const claim of [d!, e!, f!]) delete claim.number;
    const { id } = await importBoard(database.db, owner, file);
    const rows = await database.db.claim.findMany({ where: { boardId: id } });
    const byStatement = new Map(rows.map((row) => [row.statement, row.number]));
    expect(byStatement.get(a!.statement)).toBe(40);
    expect(byStatement.get(b!.statement)).toBe(7);
    const renumbered = byStart(rows.filter((row) => ![a!.statement, b!.statement].includes(row.statement)));
    expect(renumbered.map((row) => row.number)).toEqual([41, 42, 43, 44]);
    expect((await database.db.board.findUniqueOrThrow({ where: { id } })).claimCounter).toBe(44);
  });

  it("refuses an import whose claim number is not a whole number from 1 to 1,000,000, and writes nothing", async () => {
    const boardsBefore = await database.db.board.count();
    for (const bad of [-3, 0, 1.5, "9", null, 1_000_001]) {
      const file = boardPlanToExport(generateSyntheticBoard({ claims: 3, evidence: 1, links: 1, relations: 0, seed: 6 }));
      Object.assign(file.claims[1]!, { number: bad });
      await expect(importBoard(database.db, owner, file)).rejects.toMatchObject({ code: "invalid", message: expect.stringContaining("number") });
    }
    expect(await database.db.board.count()).toBe(boardsBefore);
  });
});

describe.each(TEST_PROVIDERS)("the claim_numbers migration on %s", (provider) => {
  let config: TDatabaseConfig;
  let cleanup: () => Promise<void>;
  let scratch: string;

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), "claimgraph-numbers-"));
    if (provider === "sqlite") {
      config = { provider: "sqlite", file: join(scratch, "test.db") };
      cleanup = async () => {};
    } else {
      const name = `claimgraph_test_${randomBytes(6).toString("hex")}`;
      await postgresAdminQuery(`CREATE DATABASE ${name}`);
      config = { provider: "postgresql", url: postgresUrlFor(name) };
      cleanup = () => postgresAdminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  });
  afterAll(async () => {
    await cleanup();
    rmSync(scratch, { recursive: true, force: true });
  });

  it("numbers existing claims per board in article order and starts each board's counter at its count", async () => {
    const before = join(scratch, "migrations");
    cpSync(MIGRATIONS_DIR, before, { recursive: true });
    for (const name of readdirSync(before)) if (name >= "20261202004157_claim_numbers") rmSync(join(before, name), { recursive: true });
    await migrateDatabase(config, before);
    const db = createPrismaClient(config);
    try {
      await db.$executeRawUnsafe(`INSERT INTO "Workspace" ("id", "slug", "name") VALUES ('w', 'w', 'W')`);
      for (const board of ["b1", "b2", "b3"]) {
        await db.$executeRawUnsafe(`INSERT INTO "Board" ("id", "workspaceId", "title", "updatedAt") VALUES ('${board}', 'w', '${board}', CURRENT_TIMESTAMP)`);
      }
      // Inserted out of article order; two claims share a start (the longer one comes first).
      const claims = [["c1", "b1", 50, 60], ["c2", "b1", 10, 20], ["c3", "b1", 30, 35], ["c4", "b1", 30, 40], ["c5", "b2", 5, 9]] as const;
      for (const [id, board, start, end] of claims) {
        await db.$executeRawUnsafe(
          `INSERT INTO "Claim" ("id", "boardId", "statement", "quoteExact", "quotePrefix", "quoteSuffix", "positionStart", "positionEnd", "kind", "checkworthiness", "updatedAt") VALUES ('${id}', '${board}', 's', 'q', '', '', ${start}, ${end}, 'other', 0.5, CURRENT_TIMESTAMP)`,
        );
      }
      await migrateDatabase(config);
      const numbers = Object.fromEntries((await db.claim.findMany({ select: { id: true, number: true } })).map((c) => [c.id, c.number]));
      expect(numbers).toEqual({ c2: 1, c4: 2, c3: 3, c1: 4, c5: 1 });
      const counters = Object.fromEntries((await db.board.findMany({ select: { id: true, claimCounter: true } })).map((b) => [b.id, b.claimCounter]));
      expect(counters).toEqual({ b1: 4, b2: 1, b3: 0 });
    } finally {
      await db.$disconnect();
    }
  });
});
