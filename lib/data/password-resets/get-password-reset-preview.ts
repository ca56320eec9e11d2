import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import { ZPasswordResetToken } from "../../schemas/password-reset";
import { hashInvitationToken } from "../invitations/invitation-token";
import { passwordResetStatus, type TPasswordResetStatus } from "./password-reset-status";

export type TPasswordResetPreview = { status: TPasswordResetStatus; name?: string; expiresAt?: string };

/** Whether a reset link can still be used, and whose it is (by name), for the reset page. The link is the only authorization. */
export async function getPasswordResetPreview(db: TPrismaClient, token: string, now = new Date()): Promise<TPasswordResetPreview> {
  if (!ZPasswordResetToken.safeParse(token).success) return { status: "unknown" };
  const reset = await db.passwordReset.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: { usedAt: true, expiresAt: true, user: { select: { name: true } } },
  });
  if (!reset) return { status: "unknown" };
  return { status: passwordResetStatus(reset, now), name: reset.user.name, expiresAt: reset.expiresAt.toISOString() };
}
