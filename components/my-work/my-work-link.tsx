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
    const source = new EventSource("/api/me/events");
    source.onmessage = (message) => {
      try {
        announceNotifications(JSON.parse(message.data as string) as TNotificationEvent);
      } catch {
        // A malformed message is skipped; the next one carries the whole count again.
      }
    };
    return () => source.close();
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
