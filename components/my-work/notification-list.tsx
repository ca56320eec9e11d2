"use client";

import { useEffect, useState } from "react";
import { callJsonApi } from "@/components/board/call-json-api";
import { ApiError } from "@/components/board/api-error";
import { describeAbsoluteTime, describeRelativeTime } from "@/lib/comments/relative-time";
import { NOTIFICATION_KIND_LABELS } from "@/lib/notifications/kinds";
import type { TNotificationsView, TNotificationView } from "@/lib/notifications/types";
import { announceNotifications, onNotifications } from "./notification-events";
import { unreadLabel } from "./my-work-link";
import { WorkClaimLink, WorkClaimMeta } from "./work-claim-line";

const MARK_READ_PATH = "/api/me/notifications/read";

/** The person's notifications, newest first: new ones arrive live, and each (or all) can be marked read. */
export function NotificationList({ initial, nowIso, today }: { initial: TNotificationsView; nowIso: string; today: string }) {
  const [notifications, setNotifications] = useState<TNotificationView[]>(initial.notifications);
  const [unread, setUnread] = useState(initial.unreadCount);
  const [now, setNow] = useState(() => new Date(nowIso));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(
    () =>
      onNotifications((event) => {
        setUnread(event.unreadCount);
        setNow(new Date());
        if (event.notifications.length === 0) return;
        setNotifications((current) => {
          const known = new Set(current.map((n) => n.id));
          return [...event.notifications.filter((n) => !known.has(n.id)), ...current];
        });
      }),
    [],
  );

  async function markRead(body: { notificationIds: string[] } | { all: true }) {
    setBusy(true);
    setError(null);
    try {
      const { unreadCount } = await callJsonApi<{ unreadCount: number }>("POST", MARK_READ_PATH, body);
      const readAt = new Date().toISOString();
      const ids = "all" in body ? null : new Set(body.notificationIds);
      setNotifications((current) => current.map((n) => (!n.readAt && (!ids || ids.has(n.id)) ? { ...n, readAt } : n)));
      announceNotifications({ unreadCount, notifications: [] });
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "Could not mark them read. Try again.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="notifications-heading" className="work-section notifications" data-testid="notifications">
      <div className="notifications-head">
        <h2 id="notifications-heading">Notifications</h2>
        <p className="muted small" role="status" data-testid="unread-status">
          {unread === 0 ? "All read" : unreadLabel(unread)}
        </p>
        {unread > 0 ? (
          <button type="button" className="button small" disabled={busy} onClick={() => void markRead({ all: true })}>
            Mark all read
          </button>
        ) : null}
      </div>
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      {notifications.length === 0 ? (
        <p className="muted">No notifications yet. You will hear here when a claim is assigned to you, waits for your review, comes back to you, or mentions you.</p>
      ) : (
        <ul className="plain-list work-list" aria-label="Notifications, newest first">
          {notifications.map((notification) => (
            <li key={notification.id} className={notification.readAt ? "work-item" : "work-item is-unread"} data-testid="notification">
              <p className="notification-what">
                {notification.readAt ? null : <span className="unread-mark">Unread</span>}
                <strong>{NOTIFICATION_KIND_LABELS[notification.kind]}</strong>
                {notification.actorName ? ` by ${notification.actorName}` : null}
                <span aria-hidden="true"> · </span>
                <time dateTime={notification.createdAt} title={describeAbsoluteTime(notification.createdAt)} className="muted small">
                  {describeRelativeTime(notification.createdAt, now)}
                </time>
              </p>
              <WorkClaimMeta claim={notification.claim} today={today} />
              <div className="notification-row">
                <WorkClaimLink
                  claim={notification.claim}
                  // Opening it is reading it; keepalive lets the request finish as the page changes.
                  onOpen={
                    notification.readAt
                      ? undefined
                      : () =>
                          void fetch(MARK_READ_PATH, {
                            method: "POST",
                            keepalive: true,
                            headers: { "content-type": "application/json" },
                            body: JSON.stringify({ notificationIds: [notification.id] }),
                          }).catch(() => {})
                  }
                />
                {notification.readAt ? null : (
                  <button
                    type="button"
                    className="button small quiet"
                    disabled={busy}
                    onClick={() => void markRead({ notificationIds: [notification.id] })}
                  >
                    Mark read<span className="sr-only">: {NOTIFICATION_KIND_LABELS[notification.kind]}, claim #{notification.claim.number}</span>
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
