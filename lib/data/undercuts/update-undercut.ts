import "server-only";
import type { TUndercutView } from "../../board/types";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TUndercutUpdateInput } from "../../schemas/undercut";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { toUndercutView } from "../mappers";
import { findBoardUndercut, undercutClaimId } from "./find-board-undercut";

export async function updateUndercut(
  db: TPrismaClient,
  actor: TActor,
  boardId: string,
  undercutId: string,
  input: TUndercutUpdateInput,
): Promise<TUndercutView> {
  await authorizeBoard(db, actor, boardId, "relation.edit");
  return db.$transaction(async (tx) => {
    const row = await findBoardUndercut(tx, boardId, undercutId);
    const after = toUndercutView(await tx.undercut.update({ where: { id: undercutId }, data: input }));
    const claimId = await undercutClaimId(tx, row);
    await recordActivity(tx, actor, { boardId, entityType: "undercut", entityId: undercutId, claimId, action: "updated", before: toUndercutView(row), after });
    return after;
  });
}
