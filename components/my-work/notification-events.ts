// One EventSource per tab (the header's), shared with the My work page through a window event.
import type { TNotificationEvent } from "@/lib/live/notification-event-stream";

export const NOTIFICATIONS_EVENT = "claimgraph:notifications";

/** Tells this tab's listeners about a new count (and new notifications, newest first). */
export function announceNotifications(event: TNotificationEvent): void {
  window.dispatchEvent(new CustomEvent<TNotificationEvent>(NOTIFICATIONS_EVENT, { detail: event }));
}

/** Hears this tab's announcements; returns the unsubscribe. */
export function onNotifications(listener: (event: TNotificationEvent) => void): () => void {
  const handle = (event: Event) => listener((event as CustomEvent<TNotificationEvent>).detail);
  window.addEventListener(NOTIFICATIONS_EVENT, handle);
  return () => window.removeEventListener(NOTIFICATIONS_EVENT, handle);
}
