export type TPasswordResetStatus = "valid" | "used" | "expired" | "unknown";

export const PASSWORD_RESET_PROBLEMS: Record<Exclude<TPasswordResetStatus, "valid">, string> = {
  unknown: "This password-reset link is not valid. Check that you copied the whole link, or ask a workspace owner for a new one.",
  used: "This password-reset link was already used. Ask a workspace owner for a new one if you need to reset your password again.",
  expired: "This password-reset link has expired. Ask a workspace owner for a new one.",
};

export function passwordResetStatus(reset: { usedAt: Date | null; expiresAt: Date }, now: Date): Exclude<TPasswordResetStatus, "unknown"> {
  if (reset.usedAt !== null) return "used";
  return reset.expiresAt.getTime() > now.getTime() ? "valid" : "expired";
}
