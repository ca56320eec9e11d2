"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import type { TNotificationEvent } from "@/lib/live/notification-event-stream";
import { announceNotifications, onNotifications } from "./notification-events";

export const unreadLabel = (count: number) => `${count} unread`;

/** The header's link to My work, with the unread count in words, kept live by the person's event stream. */
export function MyWorkLink({ initialUnread }: { initialUnread: number }) {
  const [unread, setUnread] = useState(initialUnread);

  useEffect(() => onNotifications((event) => setUnread(event.unreadCount)), []);
  useEffect(() => {
    // Only while the tab is shown: browsers allow few connections per site, and board pages hold one of their own.
    // The stream's first message is the whole count, so a tab shown again catches up at once.
    let source: EventSource | null = null;
    const open = () => {
      if (source || document.visibilityState === "hidden") return;
      source = new EventSource("/api/me/events");
      source.onmessage = (message) => {
        try {
          announceNotifications(JSON.parse(message.data as string) as TNotificationEvent);
        } catch {
          // A malformed message is skipped; the next one carries the whole count again.
        }
      };
    };
    const close = () => {
      source?.close();
      source = null;
    };
    const onVisibility = () => (document.visibilityState === "hidden" ? close() : open());
    open();
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      close();
    };
  }, []);

  return (
    <Link href="/my-work" className="my-work-link" data-testid="my-work-link">
      My work
      {unread > 0 ? (
        <span className="unread-badge" data-testid="unread-badge">
          {unreadLabel(unread)}
        </span>
      ) : (
        <span className="sr-only"> (no unread notifications)</span>
      )}
    </Link>
  );
}
