import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import { lastOwnerProblem } from "../../members/last-owner";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { authorizeWorkspace } from "../authorize-workspace";
import { DataError } from "../errors";
import { findWorkspaceMember } from "./find-workspace-member";
import { lockWorkspace } from "../workspaces/lock-workspace";
import { forgetMemberActor } from "./member-actor-cache";
import { unassignMemberClaims } from "./unassign-member-claims";

export type TRemovedMember = { userId: string; unassignedClaimIds: string[] };

/**
 * Removes a member from the workspace: an owner may remove anyone, and any
 * member may leave, but the workspace always keeps an owner. Claims the
 * member was working on go back to unassigned in the same transaction.
 */
export async function removeMember(
  db: TPrismaClient,
  actor: TActor,
  workspaceId: string,
  userId: string,
): Promise<TRemovedMember> {
  const leaving = actor.userId !== null && actor.userId === userId;
  await authorizeWorkspace(db, actor, workspaceId, leaving ? "workspace.readMembers" : "workspace.manageMembers");
  const result = await db.$transaction(async (tx) => {
    await lockWorkspace(tx, workspaceId);
    const member = await findWorkspaceMember(tx, workspaceId, userId);
    const problem = lastOwnerProblem({ ...member, isSelf: leaving }, null, member.ownerCount);
    if (problem) throw new DataError("conflict", problem);
    const unassignedClaimIds = await unassignMemberClaims(tx, actor, workspaceId, userId);
    await tx.membership.delete({ where: { id: member.membershipId } });
    await recordActivity(tx, actor, {
      boardId: null,
      workspaceId,
      entityType: "membership",
      entityId: member.membershipId,
      action: "deleted",
      before: { userId, name: member.name, role: member.role },
      after: { reason: leaving ? "left the workspace" : "removed by an owner", unassignedClaims: unassignedClaimIds.length },
    });
    return { userId, unassignedClaimIds };
  });
  forgetMemberActor(userId);
  return result;
}
