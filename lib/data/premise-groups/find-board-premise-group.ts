import "server-only";
import type { TDbClient } from "../../db/prisma-client";
import { DataError, notFound } from "../errors";

export const PREMISE_GROUP_INCLUDE = { members: { select: { claimId: true }, orderBy: { claimId: "asc" } } } as const;

export async function findBoardPremiseGroup(db: TDbClient, boardId: string, groupId: string) {
  const group = await db.premiseGroup.findFirst({ where: { id: groupId, boardId }, include: PREMISE_GROUP_INCLUDE });
  if (!group) throw notFound("Premise group");
  return group;
}

/** Every premise and the target must be claims of this board (404 otherwise), and no premise the target. */
export async function checkPremiseGroupClaims(db: TDbClient, boardId: string, premiseClaimIds: readonly string[], toClaimId: string): Promise<void> {
  if (premiseClaimIds.includes(toClaimId)) {
    throw new DataError("invalid", "A claim cannot be a premise of the group that supports or attacks it.");
  }
  const ids = [...new Set([...premiseClaimIds, toClaimId])];
  const found = await db.claim.count({ where: { boardId, id: { in: ids } } });
  if (found !== ids.length) throw notFound("Claim");
}

export const duplicatePremiseGroup = () =>
  new DataError("conflict", "These premises already form a group on this claim. Change the existing group instead.");
