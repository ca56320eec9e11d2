import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import { PASSWORD_RESET_LIFETIME_HOURS } from "../../schemas/password-reset";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { authorizeWorkspace } from "../authorize-workspace";
import { DataError, notFound } from "../errors";
import { hashInvitationToken, newInvitationToken } from "../invitations/invitation-token";

const HOUR_MS = 60 * 60 * 1000;

export type TCreatedPasswordReset = { id: string; path: string; expiresAt: string; member: { userId: string; name: string } };

/**
 * A single-use link with which a member of the owner's workspace sets a new password, valid for
 * PASSWORD_RESET_LIFETIME_HOURS. Owners only, for someone else (one's own password is changed with
 * the current one). Any earlier unused link for the member stops working. The token is returned this
 * once; the database keeps only its hash.
 */
export async function createPasswordReset(
  db: TPrismaClient,
  actor: TActor,
  workspaceId: string,
  userId: string,
  now = new Date(),
): Promise<TCreatedPasswordReset> {
  await authorizeWorkspace(db, actor, workspaceId, "workspace.resetPasswords");
  const createdById = actor.userId;
  if (createdById === null) throw new DataError("unauthenticated", "Sign in to make a password-reset link.");
  if (createdById === userId) {
    throw new DataError("invalid", "This is your own account: change your password on your Account page, with your current one.");
  }
  const token = newInvitationToken();
  const expiresAt = new Date(now.getTime() + PASSWORD_RESET_LIFETIME_HOURS * HOUR_MS);
  return db.$transaction(async (tx) => {
    const membership = await tx.membership.findUnique({
      where: { workspaceId_userId: { workspaceId, userId } },
      select: { user: { select: { name: true } } },
    });
    if (!membership) throw notFound("Member");
    await tx.passwordReset.updateMany({ where: { userId, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
    const reset = await tx.passwordReset.create({
      data: { workspaceId, userId, tokenHash: hashInvitationToken(token), createdById, createdAt: now, expiresAt },
      select: { id: true },
    });
    await recordActivity(tx, actor, {
      boardId: null,
      workspaceId,
      entityType: "password_reset",
      entityId: reset.id,
      action: "created",
      before: null,
      after: { userId, name: membership.user.name, expiresAt: expiresAt.toISOString() },
    });
    return { id: reset.id, path: `/reset-password/${token}`, expiresAt: expiresAt.toISOString(), member: { userId, name: membership.user.name } };
  });
}
