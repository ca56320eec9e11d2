import type { TInvitationStatus } from "./types";

type TInvitationDates = { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date };

/** Whether an invitation can still be accepted and, if not, why. A used link stays "used" even after it expires. */
export function invitationStatus(invitation: TInvitationDates, now: Date): TInvitationStatus {
  if (invitation.acceptedAt) return "used";
  if (invitation.revokedAt) return "revoked";
  if (invitation.expiresAt.getTime() <= now.getTime()) return "expired";
  return "valid";
}

/** Why a link can't be used, in words for the person holding it. */
export const INVITATION_PROBLEMS: Record<Exclude<TInvitationStatus, "valid"> | "unknown", string> = {
  unknown:
    "This invitation link is not valid. Check that you copied the whole link, or ask the workspace owner for a new one.",
  expired: "This invitation link has expired. Ask the workspace owner for a new one.",
  revoked: "This invitation link was withdrawn by the workspace owner. Ask them for a new one if you still need to join.",
  used: "This invitation link has already been used. Each link works once: ask the workspace owner for a new one.",
};
