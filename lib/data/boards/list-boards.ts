import "server-only";
import type { TBoardSummary } from "../../board/types";
import type { TPrismaClient } from "../../db/prisma-client";
import { ZBoardVisibility } from "../../schemas/vocabulary";
import type { TActor } from "../actor";

/** Boards the actor can read: every board of their workspaces, plus public ones. */
export async function listBoards(db: TPrismaClient, actor: TActor): Promise<TBoardSummary[]> {
  const workspaceIds = Object.keys(actor.roles);
  const everyWorkspace = workspaceIds.includes("*");
  const boards = await db.board.findMany({
    where: {
      importing: false,
      ...(everyWorkspace ? {} : { OR: [{ workspaceId: { in: workspaceIds } }, { visibility: "public" }] }),
    },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      title: true,
      description: true,
      visibility: true,
      updatedAt: true,
      _count: { select: { claims: true, evidence: true } },
    },
  });
  return boards.map((board) => ({
    id: board.id,
    title: board.title,
    description: board.description,
    visibility: ZBoardVisibility.parse(board.visibility),
    claimCount: board._count.claims,
    evidenceCount: board._count.evidence,
    updatedAt: board.updatedAt.toISOString(),
  }));
}
