import type { TActivityEntryView } from "../activity/types";

/** Who a board's stream serves: a member of its workspace, or a reader of a public board. */
export type TStreamAudience = "member" | "reader";

/** The member an entry about a membership concerns. */
export function membershipUserId(entry: TActivityEntryView): string | null {
  if (entry.entityType !== "membership") return null;
  const userId = entry.after?.userId ?? entry.before?.userId;
  return typeof userId === "string" ? userId : null;
}

/**
 * What of an entry a board's stream sends, or null for nothing. Invitations
 * and password-reset links are for the members page, not board views. Readers who aren't members get
 * no discussion and no membership changes (a public board names only the
 * members who worked on it), and of every other change what it became, not
 * who made it or what it was before.
 */
export function streamEntryFor(entry: TActivityEntryView, audience: TStreamAudience): TActivityEntryView | null {
  if (entry.entityType === "invitation" || entry.entityType === "password_reset") return null;
  if (audience === "member") return entry;
  if (entry.entityType === "comment" || entry.entityType === "membership") return null;
  return { ...entry, actorId: null, before: null };
}

/** Whether an entry may change what the stream's viewer may see: their own membership, or the board's visibility. */
export function changesAccess(entry: TActivityEntryView, viewer: { userId: string | null; boardId: string }): boolean {
  if (entry.entityType === "board") return entry.entityId === viewer.boardId;
  return viewer.userId !== null && membershipUserId(entry) === viewer.userId;
}
