import "server-only";
import { distinctBoardTitle } from "../../board/distinct-board-title";
import type { TDbClient } from "../../db/prisma-client";

/**
 * The title an imported board gets in its workspace: its own, unless a board there (archived ones
 * included, deleted ones not) already has it; then one that tells the two apart. Runs in the
 * transaction that reveals the import.
 */
export async function chooseImportedBoardTitle(
  tx: TDbClient,
  workspace: { workspaceId: string; boardId: string },
  title: string,
  now: Date,
): Promise<string> {
  const similar = await tx.board.findMany({
    where: { workspaceId: workspace.workspaceId, id: { not: workspace.boardId }, importing: false, deletedAt: null, title: { startsWith: title } },
    select: { title: true },
  });
  return distinctBoardTitle(title, new Set(similar.map((board) => board.title)), now);
}
