import { z } from "zod";
import { ZRole } from "../permissions/roles";
import { boundedText, LIMITS } from "./fields";

/** How long an invitation link stays valid. */
export const INVITATION_LIFETIME_DAYS = 7;
export const INVITATION_NOTE_MAX = LIMITS.shortText;

/** POST /api/workspaces/:workspaceId/invitations */
export const ZInvitationCreateInput = z
  .object({
    role: ZRole,
    /** Whom the link is for, as a reminder for the owner. */
    note: boundedText("note", INVITATION_NOTE_MAX).trim().default(""),
  })
  .strict();
export type TInvitationCreateInput = z.infer<typeof ZInvitationCreateInput>;

/** An invitation token as it appears in the link: 32 random bytes, base64url (43 characters). */
export const ZInvitationToken = z
  .string({ error: "token must be text" })
  .regex(/^[A-Za-z0-9_-]{43}$/, "token is not an invitation token: copy the whole link from the invitation");

/** POST /api/invitations/accept */
export const ZInvitationAcceptInput = z.object({ token: ZInvitationToken }).strict();
export type TInvitationAcceptInput = z.infer<typeof ZInvitationAcceptInput>;
