import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { toUndercutView } from "../mappers";
import { findBoardUndercut, undercutClaimId } from "./find-board-undercut";

export async function deleteUndercut(db: TPrismaClient, actor: TActor, boardId: string, undercutId: string): Promise<void> {
  await authorizeBoard(db, actor, boardId, "relation.delete");
  await db.$transaction(async (tx) => {
    const row = await findBoardUndercut(tx, boardId, undercutId);
    const claimId = await undercutClaimId(tx, row);
    await tx.undercut.delete({ where: { id: undercutId } });
    await recordActivity(tx, actor, { boardId, entityType: "undercut", entityId: undercutId, claimId, action: "deleted", before: toUndercutView(row), after: null });
  });
}
