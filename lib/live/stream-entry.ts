import type { TActivityEntryView } from "../activity/types";

/** Who a board's stream serves: a member of its workspace, or a reader of a public board. */
export type TStreamAudience = "member" | "reader";

const pick = (record: Record<string, unknown> | null, keys: readonly string[]) =>
  record ? Object.fromEntries(keys.filter((key) => key in record).map((key) => [key, record[key]])) : null;

/** The member an entry about a membership concerns. */
export function membershipUserId(entry: TActivityEntryView): string | null {
  if (entry.entityType !== "membership") return null;
  const userId = entry.after?.userId ?? entry.before?.userId;
  return typeof userId === "string" ? userId : null;
}

/**
 * What of an entry a board's stream sends, or null for nothing. Invitations
 * are for the members page, not board views. Readers who aren't members get
 * no discussion, and of every change what it became, not who made it or what
 * it was before; of members, only the names and roles a public board shows.
 */
export function streamEntryFor(entry: TActivityEntryView, audience: TStreamAudience): TActivityEntryView | null {
  if (entry.entityType === "invitation") return null;
  if (audience === "member") return entry;
  if (entry.entityType === "comment") return null;
  if (entry.entityType === "membership") {
    const after = entry.action === "deleted" ? { userId: membershipUserId(entry) } : pick(entry.after, ["userId", "name", "role"]);
    return { ...entry, actorId: null, before: null, after };
  }
  return { ...entry, actorId: null, before: null };
}

/** Whether an entry may change what the stream's viewer may see: their own membership, or the board's visibility. */
export function changesAccess(entry: TActivityEntryView, viewer: { userId: string | null; boardId: string }): boolean {
  if (entry.entityType === "board") return entry.entityId === viewer.boardId;
  return viewer.userId !== null && membershipUserId(entry) === viewer.userId;
}
