import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { toClaimRelationView } from "../mappers";
import { deleteDependentArguments } from "../undercuts/delete-dependent-arguments";
import { findBoardClaimRelation } from "./find-board-claim-relation";

export async function deleteClaimRelation(db: TPrismaClient, actor: TActor, boardId: string, relationId: string): Promise<void> {
  await authorizeBoard(db, actor, boardId, "relation.delete");
  await db.$transaction(async (tx) => {
    const relation = toClaimRelationView(await findBoardClaimRelation(tx, boardId, relationId));
    await deleteDependentArguments(tx, actor, boardId, { relationIds: [relationId] });
    await tx.claimRelation.delete({ where: { id: relationId } });
    await recordActivity(tx, actor, { boardId, entityType: "relation", entityId: relationId, claimId: relation.toClaimId, action: "deleted", before: relation, after: null });
  });
}
