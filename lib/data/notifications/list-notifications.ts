import "server-only";
import type { TDbClient } from "../../db/prisma-client";
import { isoDay } from "../../notifications/due-dates";
import { ZNotificationKind } from "../../notifications/kinds";
import type { TNotificationsView } from "../../notifications/types";
import type { TActor } from "../actor";
import { toWorkClaimRef, visibleBoardWhere, WORK_CLAIM_SELECT, workScope } from "../my-work/work-scope";
import { countUnreadNotifications } from "./count-unread-notifications";

export const NOTIFICATIONS_PAGE = 50;

/**
 * The person's newest notifications and their unread count. Only workspaces
 * they belong to now: someone removed from a workspace no longer sees its notifications.
 */
export async function listNotifications(db: TDbClient, actor: TActor, now = new Date()): Promise<TNotificationsView> {
  const { userId, workspaceIds } = workScope(actor);
  if (workspaceIds.length === 0) return { unreadCount: 0, notifications: [] };
  const rows = await db.notification.findMany({
    where: { recipientId: userId, workspaceId: { in: workspaceIds }, board: visibleBoardWhere(workspaceIds) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: NOTIFICATIONS_PAGE,
    select: { id: true, kind: true, actorId: true, createdAt: true, readAt: true, claim: { select: WORK_CLAIM_SELECT } },
  });
  const actorIds = [...new Set(rows.flatMap((row) => (row.actorId ? [row.actorId] : [])))];
  const names = new Map(
    (await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })).map((user) => [user.id, user.name]),
  );
  const today = isoDay(now);
  return {
    unreadCount: await countUnreadNotifications(db, actor),
    notifications: rows.map((row) => ({
      id: row.id,
      kind: ZNotificationKind.parse(row.kind),
      actorName: row.actorId ? (names.get(row.actorId) ?? null) : null,
      createdAt: row.createdAt.toISOString(),
      readAt: row.readAt?.toISOString() ?? null,
      claim: toWorkClaimRef(row.claim, today),
    })),
  };
}
