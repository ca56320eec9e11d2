import "server-only";
import { z } from "zod";
import type { TCommentView } from "../../comments/types";
import type { TPrismaClient } from "../../db/prisma-client";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { DataError } from "../errors";
import { findClaimComment } from "./find-claim-comment";
import { signedInUserId } from "./signed-in-user-id";
import { toCommentView } from "./to-comment-view";

/** Undo is for a slip just made: a comment deleted longer ago than this stays deleted. */
export const COMMENT_RESTORE_WINDOW_MS = 15 * 60 * 1000;

// The text a deletion blanked, as its activity entry recorded it.
const ZDeletedText = z.object({ body: z.string().min(1), mentions: z.array(z.string()) });

/**
 * The author takes back a deletion (Undo): the comment returns in its place in
 * the thread with the very text it had, read from the deletion's activity entry
 * rather than sent by the client. Logged as "restored", with the text.
 */
export async function restoreComment(
  db: TPrismaClient,
  actor: TActor,
  boardId: string,
  claimId: string,
  commentId: string,
): Promise<TCommentView> {
  const board = await authorizeBoard(db, actor, boardId, "comment.create");
  const userId = signedInUserId(actor);
  return db.$transaction(async (tx) => {
    const current = await findClaimComment(tx, boardId, claimId, commentId);
    if (current.authorId !== userId) throw new DataError("forbidden", "Only its author can restore a comment.");
    if (!current.deletedAt) throw new DataError("conflict", "This comment is not deleted, so there is nothing to restore.");
    if (Date.now() - current.deletedAt.getTime() > COMMENT_RESTORE_WINDOW_MS) {
      throw new DataError("gone", "This comment was deleted more than 15 minutes ago, so it can no longer be restored. Post it again instead.");
    }
    const deletion = await tx.activityEntry.findFirst({
      where: { boardId, entityType: "comment", entityId: commentId, action: "deleted" },
      orderBy: { createdAt: "desc" },
      select: { before: true },
    });
    const text = ZDeletedText.safeParse(deletion ? JSON.parse(deletion.before) : null);
    if (!text.success) throw new DataError("gone", "The text of this comment was not kept, so it cannot be restored.");
    // Only while it is still the same deletion: a second undo changes nothing.
    const { count } = await tx.comment.updateMany({
      where: { id: commentId, deletedAt: current.deletedAt },
      data: { body: text.data.body, mentions: JSON.stringify(text.data.mentions), deletedAt: null },
    });
    if (count === 0) throw new DataError("conflict", "This comment is not deleted, so there is nothing to restore.");
    const after = toCommentView(await findClaimComment(tx, boardId, claimId, commentId));
    await recordActivity(tx, actor, {
      boardId,
      workspaceId: board.workspaceId,
      entityType: "comment",
      entityId: commentId,
      claimId,
      action: "restored",
      before: toCommentView(current),
      after,
    });
    return after;
  });
}
