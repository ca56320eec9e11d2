import "server-only";
import type { TPremiseGroupView } from "../../board/types";
import type { TPrismaClient } from "../../db/prisma-client";
import { premiseMemberKey, type TPremiseGroupCreateInput } from "../../schemas/premise-group";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { isUniqueViolation } from "../errors";
import { toPremiseGroupView } from "../mappers";
import { checkPremiseGroupClaims, duplicatePremiseGroup, PREMISE_GROUP_INCLUDE } from "./find-board-premise-group";

/** Linked premises: two or more claims that support or attack a target only together. */
export async function createPremiseGroup(
  db: TPrismaClient,
  actor: TActor,
  boardId: string,
  input: TPremiseGroupCreateInput,
): Promise<TPremiseGroupView> {
  await authorizeBoard(db, actor, boardId, "relation.create");
  await checkPremiseGroupClaims(db, boardId, input.premiseClaimIds, input.toClaimId);
  const memberKey = premiseMemberKey(input.premiseClaimIds);
  const existing = await db.premiseGroup.findUnique({ where: { toClaimId_memberKey: { toClaimId: input.toClaimId, memberKey } }, select: { id: true } });
  if (existing) throw duplicatePremiseGroup();
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.premiseGroup.create({
        data: {
          boardId,
          toClaimId: input.toClaimId,
          type: input.type,
          note: input.note,
          memberKey,
          createdById: actor.userId,
          members: { create: input.premiseClaimIds.map((claimId) => ({ claimId })) },
        },
        include: PREMISE_GROUP_INCLUDE,
      });
      const group = toPremiseGroupView(row);
      await recordActivity(tx, actor, { boardId, entityType: "premise_group", entityId: group.id, claimId: group.toClaimId, action: "created", before: null, after: group });
      return group;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicatePremiseGroup();
    throw error;
  }
}
