import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TBoardDeleteInput } from "../../schemas/board-lifecycle";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { DataError } from "../errors";
import { findManagedBoard, updateManagedBoard } from "./find-managed-board";

export type TDeletedBoard = { id: string; title: string; deletedAt: string };

/**
 * Deletes a board for everyone: from then on every address of it answers 404 and no list or search
 * shows it. Editors and owners, archived or not. The request must repeat the board's exact title and
 * the version the person saw, so a deletion is never an accident or a stale click.
 *
 * The board's row stays, marked deleted, because the activity log is append-only and refers to it.
 * The deletion itself is logged at workspace level (no board), so it stays readable in the workspace's
 * "Deleted boards" list after the board's own log is out of reach.
 */
export async function deleteBoard(
  db: TPrismaClient,
  actor: TActor,
  boardId: string,
  input: TBoardDeleteInput,
  now = new Date(),
): Promise<TDeletedBoard> {
  const authorized = await authorizeBoard(db, actor, boardId, "board.manage");
  return db.$transaction(async (tx) => {
    const board = await findManagedBoard(tx, boardId, input.version);
    if (input.confirmTitle !== board.title) {
      throw new DataError("invalid", "To delete this board, type its title exactly as shown. Nothing was deleted.");
    }
    const counts = await tx.board.findUniqueOrThrow({
      where: { id: boardId },
      select: { _count: { select: { claims: true, evidence: true, comments: true } } },
    });
    await updateManagedBoard(tx, board, { deletedAt: now });
    await recordActivity(tx, actor, {
      boardId: null,
      workspaceId: authorized.workspaceId,
      entityType: "board",
      entityId: boardId,
      action: "deleted",
      before: {
        title: board.title,
        archived: board.archivedAt !== null,
        claimCount: counts._count.claims,
        evidenceCount: counts._count.evidence,
        commentCount: counts._count.comments,
      },
      after: null,
    });
    return { id: boardId, title: board.title, deletedAt: now.toISOString() };
  });
}
