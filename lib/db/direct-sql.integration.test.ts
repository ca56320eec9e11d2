import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listBoardStreamActivity } from "../data/activity/list-activity";
import { recordActivityDirect } from "../data/activity/record-activity";
import { editClaimAtVersionDirect, findBoardClaimDirect } from "../data/claims/claim-sql";
import { importSeedBoard } from "../data/seed/import-seed-board";
import { BASRA_SEED_KEY, readSeedBoard } from "../seed/read-seed-board";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../testing/test-databases";
import { afterCommit } from "./after-commit";
import { directSqlOf, type TDirectSql } from "./direct-sql";

const editor = { userId: "editor-1", roles: { "*": "editor" as const } };

describe.each(TEST_PROVIDERS)("direct statements on Prisma's connection, on %s", (provider) => {
  let database: TTestDatabase;
  let direct: TDirectSql;
  let boardId: string;
  let workspaceId: string;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    direct = directSqlOf(database.db)!;
    boardId = (await importSeedBoard(database.db, readSeedBoard(BASRA_SEED_KEY))).boardId;
    workspaceId = (await database.db.board.findUniqueOrThrow({ where: { id: boardId } })).workspaceId;
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("reads a claim exactly as Prisma does: texts, numbers, booleans, nulls and times", async () => {
    const claims = await database.db.claim.findMany({ where: { boardId }, take: 20 });
    // Give some a publication time and leave others null, so both branches are read.
    await database.db.claim.update({ where: { id: claims[0]!.id }, data: { publishedAt: new Date("2026-03-04T05:06:07.089Z"), checkable: false } });
    for (const claim of await database.db.claim.findMany({ where: { id: { in: claims.map((c) => c.id) } } })) {
      expect(await direct.transaction((tx) => findBoardClaimDirect(tx, boardId, claim.id))).toEqual(claim);
    }
  });

  it("writes an edit that Prisma reads back as Prisma would have written it", async () => {
    const claim = await database.db.claim.findFirstOrThrow({ where: { boardId, checkable: true } });
    const edited = await direct.transaction((tx) =>
      editClaimAtVersionDirect(tx, claim, { statement: "Ünïcode “quoted” 🙂", checkable: false, checkworthiness: 0.125, speaker: "" }),
    );
    const read = await database.db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(edited).toEqual(read);
    expect(read).toMatchObject({ statement: "Ünïcode “quoted” 🙂", checkable: false, checkworthiness: 0.125, speaker: "", version: claim.version + 1 });
    expect(read.updatedAt.getTime()).toBeGreaterThanOrEqual(claim.updatedAt.getTime());
    // A stale version changes nothing.
    expect(await direct.transaction((tx) => editClaimAtVersionDirect(tx, claim, { statement: "stale" }))).toBeNull();
    expect((await database.db.claim.findUniqueOrThrow({ where: { id: claim.id } })).statement).toBe("Ünïcode “quoted” 🙂");
  });

  it("logs activity that the live stream lists in order with Prisma's entries", async () => {
    const since = new Date(Date.now() - 1_000);
    const claim = await database.db.claim.findFirstOrThrow({ where: { boardId } });
    const record = { boardId, workspaceId, entityType: "claim" as const, entityId: claim.id, claimId: claim.id, action: "updated" as const };
    await direct.transaction((tx) => recordActivityDirect(tx, editor, { ...record, before: { n: 1 }, after: { n: 2 } }));
    await database.db.activityEntry.create({
      data: { ...record, actorId: editor.userId, before: JSON.stringify({ n: 2 }), after: JSON.stringify({ n: 3 }) },
    });
    const listed = (await listBoardStreamActivity(database.db, { id: boardId, workspaceId }, since)).filter((e) => e.entityId === claim.id);
    expect(listed.map((e) => [e.actorId, e.before, e.after])).toEqual([
      [editor.userId, { n: 1 }, { n: 2 }],
      [editor.userId, { n: 2 }, { n: 3 }],
    ]);
  });

  it("rolls back on an error: nothing is written, after-commit work is dropped, and the connection serves on", async () => {
    const claim = await database.db.claim.findFirstOrThrow({ where: { boardId } });
    let woken = 0;
    await expect(
      direct.transaction(async (tx) => {
        await editClaimAtVersionDirect(tx, claim, { statement: "never saved" });
        afterCommit(tx, "wake", () => woken++);
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect(woken).toBe(0);
    expect((await database.db.claim.findUniqueOrThrow({ where: { id: claim.id } })).statement).toBe(claim.statement);
    // Prisma's own transactions and direct ones still take their turns on the connection.
    const [viaPrisma, viaDirect] = await Promise.all([
      database.db.$transaction((tx) => tx.claim.update({ where: { id: claim.id }, data: { speaker: "After the rollback" } })),
      direct.transaction(async (tx) => {
        afterCommit(tx, "wake", () => woken++);
        return findBoardClaimDirect(tx, boardId, claim.id);
      }),
    ]);
    expect(viaPrisma.speaker).toBe("After the rollback");
    expect(viaDirect.id).toBe(claim.id);
    expect(woken).toBe(1);
  });
});
