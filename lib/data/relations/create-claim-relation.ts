import "server-only";
import type { TClaimRelationView } from "../../board/types";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TClaimRelationCreateInput } from "../../schemas/relation";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { findBoardClaim } from "../claims/find-board-claim";
import { DataError, isUniqueViolation } from "../errors";
import { toClaimRelationView } from "../mappers";

const duplicateRelation = () =>
  new DataError("conflict", "These two claims are already related in this direction. Change the existing relation instead.");

/** One claim supporting or attacking another: the article's own argument. */
export async function createClaimRelation(
  db: TPrismaClient,
  actor: TActor,
  boardId: string,
  input: TClaimRelationCreateInput,
): Promise<TClaimRelationView> {
  await authorizeBoard(db, actor, boardId, "relation.create");
  await findBoardClaim(db, boardId, input.fromClaimId);
  await findBoardClaim(db, boardId, input.toClaimId);
  const existing = await db.claimRelation.findUnique({
    where: { fromClaimId_toClaimId: { fromClaimId: input.fromClaimId, toClaimId: input.toClaimId } },
    select: { id: true },
  });
  if (existing) throw duplicateRelation();
  try {
    return await db.$transaction(async (tx) => {
      const relation = toClaimRelationView(await tx.claimRelation.create({ data: { boardId, ...input } }));
      // Logged in the history of the claim being supported or attacked: its case changed.
      await recordActivity(tx, actor, { boardId, entityType: "relation", entityId: relation.id, claimId: relation.toClaimId, action: "created", before: null, after: relation });
      return relation;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateRelation();
    throw error;
  }
}
