import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import { invitationStatus } from "../../members/invitation-status";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { authorizeWorkspace } from "../authorize-workspace";
import { DataError } from "../errors";

const ALREADY: Record<"used" | "revoked" | "expired", string> = {
  used: "This invitation was already used, so it can't be revoked. Remove the member instead if they should not have access.",
  revoked: "This invitation was already revoked.",
  expired: "This invitation has already expired; nobody can use it.",
};

/** Withdraws a pending invitation so its link stops working. Owners only. */
export async function revokeInvitation(
  db: TPrismaClient,
  actor: TActor,
  workspaceId: string,
  invitationId: string,
  now = new Date(),
): Promise<void> {
  await authorizeWorkspace(db, actor, workspaceId, "workspace.manageMembers");
  await db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({ where: { id: invitationId, workspaceId } });
    if (!invitation) throw new DataError("not_found", "Invitation was not found.");
    const status = invitationStatus(invitation, now);
    if (status !== "valid") throw new DataError("conflict", ALREADY[status]);
    // Conditional, so an accept that lands first wins cleanly and this reports it.
    const { count } = await tx.invitation.updateMany({
      where: { id: invitationId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    if (count === 0) {
      const latest = await tx.invitation.findUniqueOrThrow({ where: { id: invitationId } });
      const latestStatus = invitationStatus(latest, now);
      throw new DataError("conflict", ALREADY[latestStatus === "valid" ? "used" : latestStatus]);
    }
    await recordActivity(tx, actor, {
      boardId: null,
      workspaceId,
      entityType: "invitation",
      entityId: invitationId,
      action: "updated",
      before: { role: invitation.role, note: invitation.note, status: "pending" },
      after: { role: invitation.role, note: invitation.note, status: "revoked", revokedAt: now.toISOString() },
    });
  });
}
