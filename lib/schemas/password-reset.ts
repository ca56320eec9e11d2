import { z } from "zod";
import { ZInvitationToken } from "./invitation";

/** How long a password-reset link stays valid. */
export const PASSWORD_RESET_LIFETIME_HOURS = 24;
/** Better Auth's limits for this install (lib/data/auth/create-auth.ts), checked here too so the answer is ours. */
export const PASSWORD_LIMITS = { min: 10, max: 128 } as const;

export const ZNewPassword = z
  .string({ error: "newPassword must be text" })
  .min(PASSWORD_LIMITS.min, `The new password is too short: use at least ${PASSWORD_LIMITS.min} characters.`)
  .max(PASSWORD_LIMITS.max, `The new password is too long: use at most ${PASSWORD_LIMITS.max} characters.`);

/** A reset token as it appears in the link: 32 random bytes, base64url, like an invitation's. */
export const ZPasswordResetToken = ZInvitationToken;

/** POST /api/password-resets/redeem */
export const ZPasswordResetRedeemInput = z.object({ token: ZPasswordResetToken, newPassword: ZNewPassword }).strict();
export type TPasswordResetRedeemInput = z.infer<typeof ZPasswordResetRedeemInput>;
