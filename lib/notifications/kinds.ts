import { z } from "zod";

// What a notification asks of its recipient. Each is caused by one activity entry.
export const NOTIFICATION_KINDS = ["assigned", "review_requested", "returned", "mentioned"] as const;
export const ZNotificationKind = z.enum(NOTIFICATION_KINDS);
export type TNotificationKind = z.infer<typeof ZNotificationKind>;

export const NOTIFICATION_KIND_LABELS: Record<TNotificationKind, string> = {
  assigned: "Assigned to you",
  review_requested: "Waiting for your review",
  returned: "Returned to you",
  mentioned: "You were mentioned",
};

export type TNotificationRecipient = { recipientId: string; kind: TNotificationKind };

/**
 * Who is notified of an action: each person once (the first kind wins) and
 * never the person who acted.
 */
export function notificationRecipients(
  actorId: string | null,
  candidates: readonly TNotificationRecipient[],
): TNotificationRecipient[] {
  const seen = new Set<string>();
  const out: TNotificationRecipient[] = [];
  for (const candidate of candidates) {
    if (candidate.recipientId === actorId || seen.has(candidate.recipientId)) continue;
    seen.add(candidate.recipientId);
    out.push(candidate);
  }
  return out;
}
