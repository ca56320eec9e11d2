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
 * What a board's live stream carries, recorded at or after `since`, oldest
 * first: the board's entries and its workspace's own (members, verdict scale).
 * All of them, page by page. The caller has authorized the board once for the
 * stream it serves, and decides what each reader may see.
 */
export async function listBoardStreamActivity(
  db: TPrismaClient,
  board: { id: string; workspaceId: string },
  since: Date,
): Promise<TActivityEntryView[]> {
  const entries: TActivityEntryView[] = [];
  let after: { createdAt: Date; id: string } | null = null;
  for (;;) {
    const rows: ActivityEntry[] = await db.activityEntry.findMany({
      where: {
        // The workspace's index serves both; every entry names its workspace.
        workspaceId: board.workspaceId,
        AND: [{ OR: [{ boardId: board.id }, { boardId: null }] }, after ? afterRow(after) : { createdAt: { gte: since } }],
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: PAGE_SIZE,
    });
    entries.push(...rows.map(toActivityEntryView));
    if (rows.length < PAGE_SIZE) return entries;
    const last = rows.at(-1)!;
    after = { createdAt: last.createdAt, id: last.id };
  }
}

/** Rows after `row` in (createdAt, id) order: the next page. */
function afterRow(row: { createdAt: Date; id: string }) {
  return { OR: [{ createdAt: { gt: row.createdAt } }, { createdAt: row.createdAt, id: { gt: row.id } }] };
}

export type TActivitySignalRow = { id: string; createdAt: string; workspaceId: string | null; boardId: string | null };

const SIGNAL_PAGE_SIZE = 1_000;

/**
 * For the safety poll that catches missed notifications: which boards and
 * workspaces got entries at or after `since`, as id, time and where. `full`
 * says the page was cut short, so more may have changed than it lists.
 */
export async function listActivitySignals(
  db: TPrismaClient,
  workspaceIds: string[],
  since: Date,
): Promise<{ rows: TActivitySignalRow[]; full: boolean }> {
  if (workspaceIds.length === 0) return { rows: [], full: false };
  const rows = await db.activityEntry.findMany({
    where: { workspaceId: { in: workspaceIds }, createdAt: { gte: since } },
    select: { id: true, createdAt: true, workspaceId: true, boardId: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: SIGNAL_PAGE_SIZE,
  });
  return {
    rows: rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })),
    full: rows.length === SIGNAL_PAGE_SIZE,
  };
}
