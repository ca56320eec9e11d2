import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TActor } from "../actor";
import { authorizeWorkspace } from "../authorize-workspace";

export type TDeletedBoardView = {
  boardId: string;
  title: string;
  claimCount: number;
  deletedAt: string;
  deletedBy: { userId: string | null; name: string | null };
};

const LIMIT = 100;

/** The workspace's deleted boards, newest first, as its log recorded them: what, when and by whom. Members only. */
export async function listDeletedBoards(db: TPrismaClient, actor: TActor, workspaceId: string): Promise<TDeletedBoardView[]> {
  await authorizeWorkspace(db, actor, workspaceId, "discussion.read");
  const entries = await db.activityEntry.findMany({
    where: { workspaceId, boardId: null, entityType: "board", action: "deleted" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: LIMIT,
    select: { entityId: true, actorId: true, before: true, createdAt: true },
  });
  const actorIds = [...new Set(entries.flatMap((entry) => (entry.actorId ? [entry.actorId] : [])))];
  const users = await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } });
  const names = new Map(users.map((user) => [user.id, user.name]));
  return entries.map((entry) => {
    const before = JSON.parse(entry.before) as { title?: unknown; claimCount?: unknown };
    return {
      boardId: entry.entityId,
      title: typeof before.title === "string" ? before.title : "(untitled)",
      claimCount: typeof before.claimCount === "number" ? before.claimCount : 0,
      deletedAt: entry.createdAt.toISOString(),
      deletedBy: { userId: entry.actorId, name: entry.actorId ? (names.get(entry.actorId) ?? null) : null },
    };
  });
}
