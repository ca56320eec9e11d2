import "server-only";
import { databaseProvider, type TPrismaClient } from "../../db/prisma-client";
import type { TMarkNotificationsReadInput } from "../../schemas/notification";
import type { TActor } from "../actor";
import { DataError } from "../errors";
import { workScope } from "../my-work/work-scope";
import { countUnreadNotifications } from "./count-unread-notifications";
import { signalNotificationsChanged } from "./signal-notifications-changed";

/**
 * Marks the person's own notifications read: the ones named, or all. Naming
 * one that is not theirs (or not there) is a 404 and marks nothing. Their other
 * tabs and devices hear of it at once.
 */
export async function markNotificationsRead(
  db: TPrismaClient,
  actor: TActor,
  input: TMarkNotificationsReadInput,
  now = new Date(),
): Promise<{ unreadCount: number }> {
  const { userId, workspaceIds } = workScope(actor);
  return db.$transaction(async (tx) => {
    const own = { recipientId: userId, workspaceId: { in: workspaceIds } };
    if ("all" in input) {
      await tx.notification.updateMany({ where: { ...own, readAt: null }, data: { readAt: now } });
    } else {
      const ids = [...new Set(input.notificationIds)];
      const found = await tx.notification.count({ where: { ...own, id: { in: ids } } });
      if (found !== ids.length) {
        throw new DataError(
          "not_found",
          ids.length === 1 ? "That notification was not found." : "Some of those notifications were not found: nothing was marked read.",
        );
      }
      // Already read ones keep the time they were first read.
      await tx.notification.updateMany({ where: { ...own, id: { in: ids }, readAt: null }, data: { readAt: now } });
    }
    await signalNotificationsChanged(tx, databaseProvider(db), userId);
    return { unreadCount: await countUnreadNotifications(tx, actor) };
  });
}
