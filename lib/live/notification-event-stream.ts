import type { TNotificationsView, TNotificationView } from "../notifications/types";

export const HEARTBEAT_MS = 15_000;
/** How often the stream checks its session again: sign-out and expiry leave nothing in the log. */
export const SESSION_CHECK_MS = 60_000;

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
  const heartbeatMs = options.heartbeatMs ?? HEARTBEAT_MS;
  const sessionCheckMs = options.sessionCheckMs ?? SESSION_CHECK_MS;
  const encoder = new TextEncoder();
  const sent = new Set<string>();
  let lastCount: number | null = null;
  let closed = false;
  let reading = false;
  let readAgain = false;
  let recheck = false;
  let lastWrite = Date.now();
  let lastChecked = Date.now();
  let unsubscribe = () => {};
  let timer: ReturnType<typeof setInterval> | undefined;

  return new ReadableStream<Uint8Array>({
    start(controller) {
      const close = () => {
        if (closed) return;
        closed = true;
        clearInterval(timer);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      const send = (text: string) => {
        controller.enqueue(encoder.encode(text));
        lastWrite = Date.now();
      };
      const read = async () => {
        reading = true;
        try {
          do {
            readAgain = false;
            if (recheck) {
              recheck = false;
              lastChecked = Date.now();
              if (!(await options.sessionValid())) return close();
            }
            const now = await options.read();
            if (now === null) return close();
            if (closed) return;
            const fresh = now.notifications.filter((notification) => !sent.has(notification.id));
            for (const notification of fresh) sent.add(notification.id);
            if (fresh.length > 0 || now.unreadCount !== lastCount) {
              lastCount = now.unreadCount;
              const event: TNotificationEvent = { unreadCount: now.unreadCount, notifications: fresh };
              send(`data: ${JSON.stringify(event)}\n\n`);
            }
          } while (readAgain && !closed);
        } catch (error) {
          // The client's EventSource reconnects on its own.
          console.error("Notification stream stopped", error);
          close();
        } finally {
          reading = false;
        }
      };
      const wake = () => {
        if (closed) return;
        if (reading) readAgain = true;
        else void read();
      };
      options.signal.addEventListener("abort", close);
      if (options.signal.aborted) return close();
      send("retry: 2000\n\n");
      unsubscribe = options.subscribe(wake);
      timer = setInterval(() => {
        if (Date.now() - lastChecked >= sessionCheckMs) {
          recheck = true;
          wake();
        }
        if (!closed && Date.now() - lastWrite >= heartbeatMs) send(": still here\n\n");
      }, Math.min(heartbeatMs, sessionCheckMs));
      // The first read sends the count and the newest page, so the page starts from the truth.
      wake();
    },
    cancel() {
      closed = true;
      clearInterval(timer);
      unsubscribe();
    },
  });
}
