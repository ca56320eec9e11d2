import type { TNotificationsView, TNotificationView } from "../notifications/types";
import { createWakeableEventStream } from "./wakeable-event-stream";

/** What a person's stream sends: the unread count, and notifications it has not sent before, newest first. */
export type TNotificationEvent = { unreadCount: number; notifications: TNotificationView[] };

export type TNotificationEventStreamOptions = {
  /** The person's notifications now, judged on their memberships now; null when the stream must close. */
  read: () => Promise<TNotificationsView | null>;
  sessionValid: () => Promise<boolean>;
  /** Calls `wake` whenever the log may have new entries in the person's workspaces; returns the unsubscribe. */
  subscribe: (wake: () => void) => () => void;
  signal: AbortSignal;
  heartbeatMs?: number;
  sessionCheckMs?: number;
};

/**
 * Server-sent events for one person: their unread count and new notifications.
 * Notifications are written with the activity entry that causes them, so a
 * wake for that entry (a notification, or the notifier's safety poll) finds
 * them. Sends only when something changed; at most one read at a time.
 */
export function createNotificationEventStream(options: TNotificationEventStreamOptions): ReadableStream<Uint8Array> {
  const sent = new Set<string>();
  let lastCount: number | null = null;
  return createWakeableEventStream({
    name: "Notification",
    signal: options.signal,
    subscribe: options.subscribe,
    sessionValid: options.sessionValid,
    heartbeatMs: options.heartbeatMs,
    sessionCheckMs: options.sessionCheckMs,
    // The first read sends the count and the newest page, so the page starts from the truth.
    async read({ send, close, isClosed }) {
      const now = await options.read();
      if (now === null) return close();
      if (isClosed()) return;
      const fresh = now.notifications.filter((notification) => !sent.has(notification.id));
      for (const notification of fresh) sent.add(notification.id);
      if (fresh.length > 0 || now.unreadCount !== lastCount) {
        lastCount = now.unreadCount;
        const event: TNotificationEvent = { unreadCount: now.unreadCount, notifications: fresh };
        send(`data: ${JSON.stringify(event)}\n\n`);
      }
    },
  });
}
