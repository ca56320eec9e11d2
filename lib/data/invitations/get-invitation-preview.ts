import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import { invitationStatus } from "../../members/invitation-status";
import type { TInvitationPreview } from "../../members/types";
import { ZRole } from "../../permissions/roles";
import { ZInvitationToken } from "../../schemas/invitation";
import { hashInvitationToken } from "./invitation-token";

/**
 * What an invitation link offers, for the invite page: the workspace and role,
 * and whether it can still be used. Holding the link is the only authorization
 * needed, as the link itself is what the owner shared.
 */
export async function getInvitationPreview(db: TPrismaClient, token: string, now = new Date()): Promise<TInvitationPreview> {
  if (!ZInvitationToken.safeParse(token).success) return { status: "unknown" };
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: { role: true, expiresAt: true, acceptedAt: true, revokedAt: true, workspace: { select: { name: true } } },
  });
  if (!invitation) return { status: "unknown" };
  return {
    status: invitationStatus(invitation, now),
    workspaceName: invitation.workspace.name,
    role: ZRole.parse(invitation.role),
    expiresAt: invitation.expiresAt.toISOString(),
  };
}
