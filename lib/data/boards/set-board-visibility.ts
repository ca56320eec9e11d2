import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TBoardVisibility } from "../../schemas/vocabulary";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { holdWritableBoard } from "./hold-writable-board";

/**
 * Makes a board public (anyone with the link can read its article, graph,
 * review board and export, without signing in) or private (members only).
 * Editors and owners. Setting the visibility it already has changes nothing.
 */
export async function setBoardVisibility(
  db: TPrismaClient,
  actor: TActor,
  boardId: string,
  visibility: TBoardVisibility,
): Promise<{ id: string; visibility: TBoardVisibility }> {
  const board = await authorizeBoard(db, actor, boardId, "board.publish");
  await db.$transaction(async (tx) => {
    // Conditional, so two people flipping it at once record one change each way, never a change from a stale value,
    // and none lands on a board archived or deleted since it was authorized.
    const from: TBoardVisibility = visibility === "public" ? "private" : "public";
    const { count } = await tx.board.updateMany({ where: { id: boardId, visibility: from, archivedAt: null, deletedAt: null }, data: { visibility } });
    if (count === 0) {
      // Refuses if that is why; otherwise the board already had this visibility.
      await holdWritableBoard(tx, boardId);
      return;
    }
    await recordActivity(tx, actor, {
      boardId,
      workspaceId: board.workspaceId,
      entityType: "board",
      entityId: boardId,
      action: "updated",
      before: { visibility: from },
      after: { visibility },
    });
  });
  return { id: boardId, visibility };
}
