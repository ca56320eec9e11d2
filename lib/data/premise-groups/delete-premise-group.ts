import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { toPremiseGroupView } from "../mappers";
import { findBoardPremiseGroup } from "./find-board-premise-group";

export async function deletePremiseGroup(db: TPrismaClient, actor: TActor, boardId: string, groupId: string): Promise<void> {
  await authorizeBoard(db, actor, boardId, "relation.delete");
  await db.$transaction(async (tx) => {
    const group = toPremiseGroupView(await findBoardPremiseGroup(tx, boardId, groupId));
    await tx.premiseGroup.delete({ where: { id: groupId } });
    await recordActivity(tx, actor, { boardId, entityType: "premise_group", entityId: groupId, claimId: group.toClaimId, action: "deleted", before: group, after: null });
  });
}
