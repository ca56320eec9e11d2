import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import { INVITATION_PROBLEMS, invitationStatus } from "../../members/invitation-status";
import type { TAcceptedInvitation } from "../../members/types";
import { ZRole } from "../../permissions/roles";
import { ZInvitationToken } from "../../schemas/invitation";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { DataError, isUniqueViolation } from "../errors";
import { addMembership } from "../members/add-membership";
import { forgetMemberActor } from "../members/member-actor-cache";
import { hashInvitationToken } from "./invitation-token";

/**
 * Joins the signed-in person to the invitation's workspace with its role and
 * uses the invitation up, in one transaction. The invitation is claimed with a
 * conditional update, so of two simultaneous accepts of one link only one wins.
 */
export async function acceptInvitation(
  db: TPrismaClient,
  actor: TActor,
  token: string,
  now = new Date(),
): Promise<TAcceptedInvitation> {
  const userId = actor.userId;
  if (userId === null) throw new DataError("unauthenticated", "Sign in or create an account to accept this invitation.");
  if (!ZInvitationToken.safeParse(token).success) throw new DataError("not_found", INVITATION_PROBLEMS.unknown);
  const tokenHash = hashInvitationToken(token);
  const refusal = (status: ReturnType<typeof invitationStatus>) =>
    status === "valid" ? null : new DataError("gone", INVITATION_PROBLEMS[status]);

  try {
    const accepted = await db.$transaction(async (tx) => {
      const invitation = await tx.invitation.findUnique({
        where: { tokenHash },
        include: { workspace: { select: { id: true, name: true } } },
      });
      if (!invitation) throw new DataError("not_found", INVITATION_PROBLEMS.unknown);
      const problem = refusal(invitationStatus(invitation, now));
      if (problem) throw problem;
      const { workspace } = invitation;
      const role = ZRole.parse(invitation.role);

      const existing = await tx.membership.findUnique({
        where: { workspaceId_userId: { workspaceId: workspace.id, userId } },
        select: { role: true },
      });
      if (existing) {
        throw new DataError(
          "conflict",
          `You are already a member of ${workspace.name} as ${existing.role}. The invitation is still unused; pass it back to the workspace owner.`,
        );
      }

      const { count } = await tx.invitation.updateMany({
        where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
        data: { acceptedAt: now, acceptedById: userId },
      });
      if (count === 0) {
        // Someone else used or the owner revoked it between our read and this write.
        const latest = await tx.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
        throw refusal(invitationStatus(latest, now)) ?? new DataError("gone", INVITATION_PROBLEMS.used);
      }
      await addMembership(tx, actor, {
        workspaceId: workspace.id,
        userId,
        role,
        reason: "accepted an invitation",
        details: { invitationId: invitation.id },
      });
      await recordActivity(tx, actor, {
        boardId: null,
        workspaceId: workspace.id,
        entityType: "invitation",
        entityId: invitation.id,
        action: "updated",
        before: { role, note: invitation.note, status: "pending" },
        after: { role, note: invitation.note, status: "accepted", acceptedById: userId },
      });
      return { workspaceId: workspace.id, workspaceName: workspace.name, role };
    });
    forgetMemberActor(userId);
    return accepted;
  } catch (error) {
    // The same person accepting two links to one workspace at once: the second membership collides.
    if (isUniqueViolation(error)) {
      throw new DataError("conflict", "You just joined this workspace through another invitation. This one is still unused.");
    }
    throw error;
  }
}
