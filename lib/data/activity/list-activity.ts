import "server-only";
import { ZActivityAction, ZActivityEntityType, type TActivityEntryView } from "../../activity/types";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import type { ActivityEntry } from "../../db/generated/sqlite/client";

const PAGE_SIZE = 200;

function toActivityEntryView(row: ActivityEntry): TActivityEntryView {
  return {
    id: row.id,
    boardId: row.boardId,
    actorId: row.actorId,
    entityType: ZActivityEntityType.parse(row.entityType),
    entityId: row.entityId,
    claimId: row.claimId,
    action: ZActivityAction.parse(row.action),
    before: JSON.parse(row.before) as Record<string, unknown> | null,
    after: JSON.parse(row.after) as Record<string, unknown> | null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The board's activity, newest first; with claimId, that claim's history (its links and relations included). */
export async function listActivity(
  db: TPrismaClient,
  actor: TActor,
  boardId: string,
  options: { claimId?: string } = {},
): Promise<TActivityEntryView[]> {
  await authorizeBoard(db, actor, boardId, "discussion.read");
  const rows = await db.activityEntry.findMany({
    where: { boardId, ...(options.claimId ? { claimId: options.claimId } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE_SIZE,
  });
  return rows.map(toActivityEntryView);
}

/**
 * Entries recorded at or after `since`, oldest first, for live updates. The
 * caller has authorized the board once for the stream it serves.
 */
export async function listActivitySince(db: TPrismaClient, boardId: string, since: Date): Promise<TActivityEntryView[]> {
  const rows = await db.activityEntry.findMany({
    where: { boardId, createdAt: { gte: since } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: PAGE_SIZE,
  });
  return rows.map(toActivityEntryView);
}
