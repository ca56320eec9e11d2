import "server-only";
import type { TBoardSummary } from "../../board/types";
import type { TPrismaClient } from "../../db/prisma-client";
import { ZBoardVisibility } from "../../schemas/vocabulary";
import type { TActor } from "../actor";

const utcToday = () => new Date().toISOString().slice(0, 10);

/**
 * Boards the actor can read: every board of their workspaces, plus public ones, each with its progress
 * (published and overdue claims). The counts come from grouped queries over all listed boards at once,
 * so the number of queries does not grow with the number of boards. `today` (YYYY-MM-DD) decides overdue.
 * Archived boards are left out of the home list; `{ archived: true }` lists only them, and only the
 * actor's own workspaces' (an outsider has no use for them).
 */
export async function listBoards(
  db: TPrismaClient,
  actor: TActor,
  options: { archived?: boolean; today?: string } = {},
): Promise<TBoardSummary[]> {
  const today = options.today ?? utcToday();
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
  const boardIds = boards.map((board) => board.id);
  const [published, overdue] =
    boardIds.length === 0
      ? [[], []]
      : await Promise.all([
          db.claim.groupBy({ by: ["boardId"], where: { boardId: { in: boardIds }, stage: "published" }, _count: { _all: true } }),
          // dueOn is YYYY-MM-DD (or longer ISO text), so text order is date order, as in lib/review isOverdue.
          db.claim.groupBy({
            by: ["boardId"],
            where: { boardId: { in: boardIds }, stage: { not: "published" }, dueOn: { lt: today } },
            _count: { _all: true },
          }),
        ]);
  const publishedBy = new Map(published.map((row) => [row.boardId, row._count._all]));
  const overdueBy = new Map(overdue.map((row) => [row.boardId, row._count._all]));
  return boards.map((board) => ({
    id: board.id,
    workspaceId: board.workspaceId,
    title: board.title,
    description: board.description,
    visibility: ZBoardVisibility.parse(board.visibility),
    version: board.version,
    archivedAt: board.archivedAt?.toISOString() ?? null,
    claimCount: board._count.claims,
    publishedCount: publishedBy.get(board.id) ?? 0,
    overdueCount: overdueBy.get(board.id) ?? 0,
    evidenceCount: board._count.evidence,
    updatedAt: board.updatedAt.toISOString(),
  }));
}
