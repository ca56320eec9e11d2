import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import { roleCan } from "../../permissions/roles";
import { roleInWorkspace, type TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { notFound } from "../errors";

export type TBoardSettings = { id: string; workspaceId: string; title: string; version: number; archivedAt: string | null; canManage: boolean };

/** What the board's settings page needs: its title, version and archived state, and whether the viewer may change them. Members only. */
export async function getBoardSettings(db: TPrismaClient, actor: TActor, boardId: string): Promise<TBoardSettings> {
  const authorized = await authorizeBoard(db, actor, boardId, "discussion.read");
  const board = await db.board.findUnique({ where: { id: boardId }, select: { title: true, version: true, archivedAt: true } });
  if (!board) throw notFound("Board");
  const role = roleInWorkspace(actor, authorized.workspaceId);
  return {
    id: boardId,
    workspaceId: authorized.workspaceId,
    title: board.title,
    version: board.version,
    archivedAt: board.archivedAt?.toISOString() ?? null,
    canManage: role !== null && roleCan(role, "board.manage"),
  };
}
