import "server-only";
import type { TDbClient } from "../../db/prisma-client";
import type { TActor } from "../actor";
import { visibleBoardWhere, workScope } from "../my-work/work-scope";

/** How many of the person's notifications they have not read, in workspaces they still belong to. */
export async function countUnreadNotifications(db: TDbClient, actor: TActor): Promise<number> {
  const { userId, workspaceIds } = workScope(actor);
  if (workspaceIds.length === 0) return 0;
  return db.notification.count({
    where: { recipientId: userId, readAt: null, workspaceId: { in: workspaceIds }, board: visibleBoardWhere(workspaceIds) },
  });
}
