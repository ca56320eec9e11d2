// Collapsed claims are one reader's view of one board: saved per user per board, refused clearly
// for someone who cannot read the board, signed out, or naming a claim elsewhere.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BASRA_SEED_KEY, readSeedBoard } from "../../seed/read-seed-board";
import { expectDataError } from "../../testing/expect-data-error";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../../testing/test-databases";
import { createTestMember, type TTestMember } from "../../testing/test-members";
import { importSeedBoard } from "../seed/import-seed-board";
import { listGraphCollapses } from "./list-graph-collapses";
import { setGraphCollapse } from "./set-graph-collapse";

const plan = readSeedBoard(BASRA_SEED_KEY);

describe.each(TEST_PROVIDERS)("graph collapses on %s", (provider) => {
  let database: TTestDatabase;
  let boardId: string;
  let otherBoardClaim: string;
  let claimIds: string[];
  let viewer: TTestMember;
  let checker: TTestMember;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    boardId = (await importSeedBoard(database.db, plan)).boardId;
    const otherBoardId = (await importSeedBoard(database.db, { ...plan, seedKey: `${plan.seedKey}-other` })).boardId;
    const { workspaceId } = await database.db.board.findUniqueOrThrow({ where: { id: boardId } });
    viewer = await createTestMember(database.db, workspaceId, "viewer", "Vi Viewer");
    checker = await createTestMember(database.db, workspaceId, "checker", "Ann Checker");
    claimIds = (await database.db.claim.findMany({ where: { boardId }, orderBy: { positionStart: "asc" }, select: { id: true } })).map((c) => c.id);
    otherBoardClaim = (await database.db.claim.findFirstOrThrow({ where: { boardId: otherBoardId }, select: { id: true } })).id;
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("keeps each reader's collapsed claims apart, and setting twice changes nothing", async () => {
    const db = database.db;
    await setGraphCollapse(db, viewer.actor, boardId, { claimId: claimIds[0]!, collapsed: true });
    expect(await setGraphCollapse(db, viewer.actor, boardId, { claimId: claimIds[1]!, collapsed: true })).toEqual({
      claimIds: [claimIds[0], claimIds[1]],
    });
    expect(await setGraphCollapse(db, viewer.actor, boardId, { claimId: claimIds[1]!, collapsed: true })).toEqual({
      claimIds: [claimIds[0], claimIds[1]],
    });
    expect(await listGraphCollapses(db, checker.actor, boardId)).toEqual({ claimIds: [] });
    expect(await setGraphCollapse(db, viewer.actor, boardId, { claimId: claimIds[0]!, collapsed: false })).toEqual({ claimIds: [claimIds[1]] });
    expect(await setGraphCollapse(db, viewer.actor, boardId, { claimId: claimIds[0]!, collapsed: false })).toEqual({ claimIds: [claimIds[1]] });
    expect(await listGraphCollapses(db, viewer.actor, boardId)).toEqual({ claimIds: [claimIds[1]] });
  });

  it("refuses a claim on another board, the signed-out and outsiders, writing nothing", async () => {
    const db = database.db;
    const before = await db.graphCollapse.count();
    await expectDataError(setGraphCollapse(db, checker.actor, boardId, { claimId: otherBoardClaim, collapsed: true }), "not_found");
    await expectDataError(setGraphCollapse(db, { userId: null, roles: {} }, boardId, { claimId: claimIds[0]!, collapsed: true }), "not_found");
    await expectDataError(setGraphCollapse(db, { userId: checker.userId, roles: {} }, boardId, { claimId: claimIds[0]!, collapsed: true }), "not_found");
    await db.board.update({ where: { id: boardId }, data: { visibility: "public" } });
    await expectDataError(listGraphCollapses(db, { userId: null, roles: {} }, boardId), "unauthenticated");
    await expectDataError(setGraphCollapse(db, { userId: null, roles: {} }, boardId, { claimId: claimIds[0]!, collapsed: true }), "unauthenticated");
    await db.board.update({ where: { id: boardId }, data: { visibility: "private" } });
    expect(await db.graphCollapse.count()).toBe(before);
  });
});
