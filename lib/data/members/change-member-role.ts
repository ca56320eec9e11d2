import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import { lastOwnerProblem } from "../../members/last-owner";
import type { TWorkspaceMemberView } from "../../members/types";
import type { TRole } from "../../permissions/roles";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { authorizeWorkspace } from "../authorize-workspace";
import { DataError } from "../errors";
import { findWorkspaceMember } from "./find-workspace-member";
import { lockWorkspace } from "../workspaces/lock-workspace";
import { forgetMemberActor } from "./member-actor-cache";
import { unassignMemberClaims } from "./unassign-member-claims";

/**
 * Gives a member another role. Owners only; the workspace always keeps an
 * owner. Viewers can't be assigned claims, so demoting someone to viewer puts
 * the claims they were researching or had returned back to unassigned, in the
 * same transaction, each with its activity entry (as removing them does).
 */
export async function changeMemberRole(
  db: TPrismaClient,
  actor: TActor,
  workspaceId: string,
  userId: string,
  role: TRole,
): Promise<TWorkspaceMemberView> {
  await authorizeWorkspace(db, actor, workspaceId, "workspace.manageMembers");
  const result = await db.$transaction(async (tx) => {
    await lockWorkspace(tx, workspaceId);
    const member = await findWorkspaceMember(tx, workspaceId, userId);
    const problem = lastOwnerProblem({ ...member, isSelf: userId === actor.userId }, role, member.ownerCount);
    if (problem) throw new DataError("conflict", problem);
    if (member.role !== role) {
      if (role === "viewer") await unassignMemberClaims(tx, actor, workspaceId, userId);
      await tx.membership.update({ where: { id: member.membershipId }, data: { role } });
      await recordActivity(tx, actor, {
        boardId: null,
        workspaceId,
        entityType: "membership",
        entityId: member.membershipId,
        action: "updated",
        before: { userId, name: member.name, role: member.role },
        after: { userId, name: member.name, role },
      });
    }
    return { userId, name: member.name, email: member.email, role, joinedAt: member.joinedAt.toISOString() };
  });
  forgetMemberActor(userId);
  return result;
}
