import "server-only";
import type { TCommentView } from "../../comments/types";
import type { TPrismaClient } from "../../db/prisma-client";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { DataError } from "../errors";
import { findClaimComment } from "./find-claim-comment";
import { signedInUserId } from "./signed-in-user-id";
import { toCommentView } from "./to-comment-view";

/**
 * The author withdraws their comment. It is blanked, not removed, so the
 * replies under it keep their thread; it then shows as "Comment deleted".
 * Deleting it again changes nothing.
 */
export async function deleteComment(
  db: TPrismaClient,
  actor: TActor,
  boardId: string,
  claimId: string,
  commentId: string,
): Promise<TCommentView> {
  const board = await authorizeBoard(db, actor, boardId, "comment.create");
  // After the board check, so a private board stays 404 to someone signed out.
  const userId = signedInUserId(actor);
  return db.$transaction(async (tx) => {
    const current = await findClaimComment(tx, boardId, claimId, commentId);
    if (current.authorId !== userId) {
      throw new DataError("forbidden", "Only its author can delete a comment.");
    }
    const { count } = await tx.comment.updateMany({
      where: { id: commentId, deletedAt: null },
      data: { body: "", mentions: "[]", deletedAt: new Date() },
    });
    const after = toCommentView(await findClaimComment(tx, boardId, claimId, commentId));
    if (count === 0) return after;
    await recordActivity(tx, actor, {
      boardId,
      workspaceId: board.workspaceId,
      entityType: "comment",
      entityId: commentId,
      claimId,
      action: "deleted",
      before: toCommentView(current),
      after,
    });
    return after;
  });
}
