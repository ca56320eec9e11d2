import "server-only";
import { hashPassword } from "better-auth/crypto";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TPasswordResetRedeemInput } from "../../schemas/password-reset";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { forgetSession } from "../auth/session-cache";
import { DataError } from "../errors";
import { hashInvitationToken } from "../invitations/invitation-token";
import { PASSWORD_RESET_PROBLEMS, passwordResetStatus } from "./password-reset-status";

/**
 * Sets the member's new password with a reset link and uses the link up, in one transaction: the
 * link is claimed with a conditional update (of two uses at once only one wins), the password
 * account gets the new hash, and every session of the member ends, so whoever else was signed in
 * as them is signed out. Holding the link is the authorization; nobody needs to be signed in.
 *
 * The hash is Better Auth's own (`hashPassword`, the scrypt its email-and-password sign-in
 * verifies, as configured in lib/data/auth/create-auth.ts), made before the transaction.
 */
export async function redeemPasswordReset(
  db: TPrismaClient,
  input: TPasswordResetRedeemInput,
  now = new Date(),
): Promise<{ name: string; email: string; sessionsEnded: number }> {
  const tokenHash = hashInvitationToken(input.token);
  const known = await db.passwordReset.findUnique({ where: { tokenHash }, select: { id: true } });
  if (!known) throw new DataError("not_found", PASSWORD_RESET_PROBLEMS.unknown);
  const hash = await hashPassword(input.newPassword);
  const result = await db.$transaction(async (tx) => {
    const reset = await tx.passwordReset.findUniqueOrThrow({
      where: { id: known.id },
      include: { user: { select: { id: true, name: true, email: true } } },
    });
    const status = passwordResetStatus(reset, now);
    if (status !== "valid") throw new DataError("gone", PASSWORD_RESET_PROBLEMS[status]);
    const { count } = await tx.passwordReset.updateMany({
      where: { id: reset.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (count === 0) throw new DataError("gone", PASSWORD_RESET_PROBLEMS.used);
    const userId = reset.userId;
    const updated = await tx.account.updateMany({ where: { userId, providerId: "credential" }, data: { password: hash } });
    if (updated.count === 0) {
      throw new DataError("conflict", "This account has no password to reset. Nothing was changed; ask a workspace owner.");
    }
    const sessions = await tx.session.findMany({ where: { userId }, select: { token: true } });
    await tx.session.deleteMany({ where: { userId } });
    // The member acts here, through the link the owner gave them.
    const actor: TActor = { userId, roles: {} };
    await recordActivity(tx, actor, {
      boardId: null,
      workspaceId: reset.workspaceId,
      entityType: "password_reset",
      entityId: reset.id,
      action: "updated",
      before: { userId, name: reset.user.name, status: "pending" },
      after: { userId, name: reset.user.name, status: "used", sessionsEnded: sessions.length },
    });
    return { user: reset.user, tokens: sessions.map((session) => session.token) };
  });
  for (const token of result.tokens) forgetSession(token);
  return { name: result.user.name, email: result.user.email, sessionsEnded: result.tokens.length };
}
