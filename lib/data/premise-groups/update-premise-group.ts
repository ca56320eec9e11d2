import "server-only";
import type { TPremiseGroupView } from "../../board/types";
import type { TPrismaClient } from "../../db/prisma-client";
import { premiseMemberKey, type TPremiseGroupUpdateInput } from "../../schemas/premise-group";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { isUniqueViolation } from "../errors";
import { toPremiseGroupView } from "../mappers";
import { checkPremiseGroupClaims, duplicatePremiseGroup, findBoardPremiseGroup, PREMISE_GROUP_INCLUDE } from "./find-board-premise-group";

/** Changes a group's type, note or premises (the whole list, at least two); the target stays. */
export async function updatePremiseGroup(
  db: TPrismaClient,
  actor: TActor,
  boardId: string,
  groupId: string,
  input: TPremiseGroupUpdateInput,
): Promise<TPremiseGroupView> {
  await authorizeBoard(db, actor, boardId, "relation.edit");
  try {
    return await db.$transaction(async (tx) => {
      const before = toPremiseGroupView(await findBoardPremiseGroup(tx, boardId, groupId));
      const { premiseClaimIds, ...fields } = input;
      let memberKey: string | undefined;
      if (premiseClaimIds) {
        await checkPremiseGroupClaims(tx, boardId, premiseClaimIds, before.toClaimId);
        memberKey = premiseMemberKey(premiseClaimIds);
        const clash = await tx.premiseGroup.findFirst({ where: { toClaimId: before.toClaimId, memberKey, id: { not: groupId } }, select: { id: true } });
        if (clash) throw duplicatePremiseGroup();
        await tx.premiseGroupMember.deleteMany({ where: { groupId } });
        await tx.premiseGroupMember.createMany({ data: premiseClaimIds.map((claimId) => ({ groupId, claimId })) });
      }
      const row = await tx.premiseGroup.update({
        where: { id: groupId },
        data: { ...fields, ...(memberKey ? { memberKey } : {}) },
        include: PREMISE_GROUP_INCLUDE,
      });
      const after = toPremiseGroupView(row);
      await recordActivity(tx, actor, { boardId, entityType: "premise_group", entityId: groupId, claimId: after.toClaimId, action: "updated", before, after });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicatePremiseGroup();
    throw error;
  }
}
