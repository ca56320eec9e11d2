import "server-only";
import type { TClaimRelationView } from "../../board/types";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TClaimRelationUpdateInput } from "../../schemas/relation";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { toClaimRelationView } from "../mappers";
import { findBoardClaimRelation } from "./find-board-claim-relation";

export async function updateClaimRelation(
  db: TPrismaClient,
  actor: TActor,
  boardId: string,
  relationId: string,
  input: TClaimRelationUpdateInput,
): Promise<TClaimRelationView> {
  await authorizeBoard(db, actor, boardId, "relation.edit");
  return db.$transaction(async (tx) => {
    const before = toClaimRelationView(await findBoardClaimRelation(tx, boardId, relationId));
    const after = toClaimRelationView(await tx.claimRelation.update({ where: { id: relationId }, data: input }));
    await recordActivity(tx, actor, { boardId, entityType: "relation", entityId: relationId, claimId: after.toClaimId, action: "updated", before, after });
    return after;
  });
}
