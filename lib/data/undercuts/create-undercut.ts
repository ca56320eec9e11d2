import "server-only";
import type { TUndercutView } from "../../board/types";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TUndercutCreateInput } from "../../schemas/undercut";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { findBoardClaim } from "../claims/find-board-claim";
import { DataError, isUniqueViolation } from "../errors";
import { findBoardEvidenceLink } from "../links/find-board-evidence-link";
import { toUndercutView } from "../mappers";
import { findBoardClaimRelation } from "../relations/find-board-claim-relation";

const duplicateUndercut = () => new DataError("conflict", "This claim already undercuts that edge. Change the existing undercut instead.");

/** A claim attacking an edge (an evidence link or a claim relation) rather than a claim. */
export async function createUndercut(
  db: TPrismaClient,
  actor: TActor,
  boardId: string,
  input: TUndercutCreateInput,
): Promise<TUndercutView> {
  await authorizeBoard(db, actor, boardId, "relation.create");
  await findBoardClaim(db, boardId, input.fromClaimId);
  // The claims the edge joins: an undercut from one of them would be the edge arguing with itself.
  const ends =
    input.target.type === "link"
      ? [(await findBoardEvidenceLink(db, boardId, input.target.id)).claimId]
      : await findBoardClaimRelation(db, boardId, input.target.id).then((relation) => [relation.fromClaimId, relation.toClaimId]);
  if (ends.includes(input.fromClaimId)) {
    throw new DataError("invalid", "A claim cannot undercut an edge it is an end of: choose another claim or another edge.");
  }
  const targetColumn = input.target.type === "link" ? { linkId: input.target.id } : { relationId: input.target.id };
  const existing = await db.undercut.findFirst({ where: { fromClaimId: input.fromClaimId, ...targetColumn }, select: { id: true } });
  if (existing) throw duplicateUndercut();
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.undercut.create({
        data: { boardId, fromClaimId: input.fromClaimId, ...targetColumn, note: input.note, createdById: actor.userId },
      });
      const undercut = toUndercutView(row);
      await recordActivity(tx, actor, { boardId, entityType: "undercut", entityId: undercut.id, claimId: ends.at(-1)!, action: "created", before: null, after: undercut });
      return undercut;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateUndercut();
    throw error;
  }
}
