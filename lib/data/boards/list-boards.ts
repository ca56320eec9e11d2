import "server-only";
import type { TBoardSummary } from "../../board/types";
import type { TPrismaClient } from "../../db/prisma-client";
import { ZBoardVisibility } from "../../schemas/vocabulary";
import type { TActor } from "../actor";

/**
 * Boards the actor can read: every board of their workspaces, plus public ones.
 * Archived boards are left out of the home list; `{ archived: true }` lists only
 * them, and only the actor's own workspaces' (an outsider has no use for them).
 */
export async function listBoards(db: TPrismaClient, actor: TActor, options: { archived?: boolean } = {}): Promise<TBoardSummary[]> {
  const workspaceIds = Object.keys(actor.roles);
  const everyWorkspace = workspaceIds.includes("*");
  const archived = options.archived === true;
  const readable = everyWorkspace
    ? {}
    : archived
      ? { workspaceId: { in: workspaceIds } }
      : { OR: [{ workspaceId: { in: workspaceIds } }, { visibility: "public" }] };
  const boards = await db.board.findMany({
    where: { importing: false, deletedAt: null, archivedAt: archived ? { not: null } : null, ...readable },
    orderBy: archived ? [{ archivedAt: "desc" }, { id: "asc" }] : { createdAt: "asc" },
    select: {
      id: true,
      workspaceId: true,
      title: true,
      description: true,
      visibility: true,
      version: true,
      archivedAt: true,
      updatedAt: true,
      _count: { select: { claims: true, evidence: true } },
    },
  });
  return boards.map((board) => ({
    id: board.id,
    workspaceId: board.workspaceId,
    title: board.title,
    description: board.description,
    visibility: ZBoardVisibility.parse(board.visibility),
    version: board.version,
    archivedAt: board.archivedAt?.toISOString() ?? null,
    claimCount: board._count.claims,
    evidenceCount: board._count.evidence,
    updatedAt: board.updatedAt.toISOString(),
  }));
}
