import "server-only";
import type { TDbClient } from "../../db/prisma-client";
import { DataError, notFound } from "../errors";

export type TManagedBoard = { id: string; workspaceId: string; title: string; version: number; archivedAt: Date | null };

export const ARCHIVED_MESSAGE = "This board is archived, so it is read-only. An editor can restore it from the Archived boards list.";

export const STALE_BOARD_MESSAGE =
  "Someone else changed this board (its title, or archived or restored it) since you opened it. Reload to see the current board and try again.";

/**
 * The board as a rename, archive, restore or delete sees it inside its transaction, checked against
 * the version the sender saw. A stale version is a 409 carrying the current title and version.
 */
export async function findManagedBoard(tx: TDbClient, boardId: string, version: number): Promise<TManagedBoard> {
  const board = await tx.board.findUnique({
    where: { id: boardId, importing: false, deletedAt: null },
    select: { id: true, workspaceId: true, title: true, version: true, archivedAt: true },
  });
  if (!board) throw notFound("Board");
  if (board.version !== version) throw staleBoard(board);
  return board;
}

export function staleBoard(board: TManagedBoard): DataError {
  return new DataError("conflict", STALE_BOARD_MESSAGE, {
    latest: { title: board.title, version: board.version, archived: board.archivedAt !== null },
  });
}

/**
 * Writes the change only if the board is still at the version read, so of two concurrent changes one
 * wins and the other is refused, never a lost update. Bumps the version.
 */
export async function updateManagedBoard(
  tx: TDbClient,
  board: TManagedBoard,
  data: { title?: string; archivedAt?: Date | null; deletedAt?: Date },
): Promise<number> {
  const { count } = await tx.board.updateMany({
    where: { id: board.id, version: board.version, deletedAt: null },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) {
    const latest = await tx.board.findUnique({
      where: { id: board.id, deletedAt: null },
      select: { id: true, workspaceId: true, title: true, version: true, archivedAt: true },
    });
    throw latest ? staleBoard(latest) : notFound("Board");
  }
  return board.version + 1;
}
