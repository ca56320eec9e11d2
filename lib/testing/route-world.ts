// A small world for tests that call the real route handlers (app/api/**):
// the seeded Basra board in one workspace with an owner and an editor, a
// second board in the same workspace, and a board in another workspace the
// members don't belong to, so tests can aim at another board's ids.
import type { TPrismaClient } from "../db/prisma-client";
import { importSeedBoard, insertBoardPlan } from "../data/seed/import-seed-board";
import { BASRA_SEED_KEY, readSeedBoard } from "../seed/read-seed-board";
import { createTestMember, type TTestMember } from "./test-members";

export type TBoardIds = { boardId: string; claimIds: string[]; evidenceIds: string[]; linkIds: string[]; relationIds: string[] };

export type TRouteWorld = {
  workspaceId: string;
  board: TBoardIds;
  /** Another board in the same workspace. */
  sibling: TBoardIds;
  otherWorkspaceId: string;
  /** A board in a workspace the members are not in. */
  foreign: TBoardIds;
  owner: TTestMember;
  editor: TTestMember;
  /** A member of the other workspace only. */
  foreignMember: TTestMember;
};

async function boardIds(db: TPrismaClient, boardId: string): Promise<TBoardIds> {
  const ids = (rows: { id: string }[]) => rows.map((row) => row.id);
  return {
    boardId,
    claimIds: ids(await db.claim.findMany({ where: { boardId }, select: { id: true }, orderBy: { positionStart: "asc" } })),
    evidenceIds: ids(await db.evidence.findMany({ where: { boardId }, select: { id: true }, orderBy: { id: "asc" } })),
    linkIds: ids(await db.evidenceLink.findMany({ where: { boardId }, select: { id: true }, orderBy: { id: "asc" } })),
    relationIds: ids(await db.claimRelation.findMany({ where: { boardId }, select: { id: true }, orderBy: { id: "asc" } })),
  };
}

export async function createRouteWorld(db: TPrismaClient): Promise<TRouteWorld> {
  const plan = readSeedBoard(BASRA_SEED_KEY);
  const { boardId } = await importSeedBoard(db, plan);
  const { workspaceId } = await db.board.findUniqueOrThrow({ where: { id: boardId }, select: { workspaceId: true } });
  const siblingId = await insertBoardPlan(db, plan, { seedKey: null, workspaceId });
  const other = await db.workspace.create({ data: { slug: "elsewhere", name: "Another newsroom" } });
  const foreignId = await insertBoardPlan(db, plan, { seedKey: null, workspaceId: other.id });
  return {
    workspaceId,
    board: await boardIds(db, boardId),
    sibling: await boardIds(db, siblingId),
    otherWorkspaceId: other.id,
    foreign: await boardIds(db, foreignId),
    owner: await createTestMember(db, workspaceId, "owner", "Ola Owner"),
    editor: await createTestMember(db, workspaceId, "editor", "Edd Editor"),
    foreignMember: await createTestMember(db, other.id, "owner", "Fay Foreign"),
  };
}
