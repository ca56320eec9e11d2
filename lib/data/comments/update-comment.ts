import "server-only";
import type { TCommentUpdateInput } from "../../comments/comment-input";
import type { TCommentView } from "../../comments/types";
import type { TPrismaClient } from "../../db/prisma-client";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { DataError } from "../errors";
import { checkMentionedMembers } from "./check-mentioned-members";
import { findClaimComment } from "./find-claim-comment";
import { signedInUserId } from "./signed-in-user-id";
import { toCommentView } from "./to-comment-view";

const deletedConflict = () =>
  new DataError("conflict", "This comment was deleted, so it can no longer be edited. Post a new comment instead.");

/** The author rewrites their comment; it is then marked edited. */
export async function updateComment(
  db: TPrismaClient,
  actor: TActor,
  boardId: string,
  claimId: string,
  commentId: string,
  input: TCommentUpdateInput,
): Promise<TCommentView> {
  const board = await authorizeBoard(db, actor, boardId, "comment.create");
  // After the board check, so a private board stays 404 to someone signed out.
  const userId = signedInUserId(actor);
  return db.$transaction(async (tx) => {
    const current = await findClaimComment(tx, boardId, claimId, commentId);
    if (current.authorId !== userId) {
      throw new DataError("forbidden", "Only its author can edit a comment. Reply to it instead.");
    }
    if (current.deletedAt) throw deletedConflict();
    const before = toCommentView(current);
    if (input.body === current.body) return before;
    const mentions = await checkMentionedMembers(tx, board.workspaceId, input.body);
    // Only while not deleted: a delete that commits first wins, and its blanked body stays blank.
    const { count } = await tx.comment.updateMany({
      where: { id: commentId, deletedAt: null },
      data: { body: input.body, mentions: JSON.stringify(mentions), editedAt: new Date() },
    });
    if (count === 0) throw deletedConflict();
    const after = toCommentView(await findClaimComment(tx, boardId, claimId, commentId));
    await recordActivity(tx, actor, {
      boardId,
      workspaceId: board.workspaceId,
      entityType: "comment",
      entityId: commentId,
      claimId,
      action: "updated",
      before,
      after,
      // Only people the edit newly mentions: the others were told when they were first mentioned.
      notify: mentions.filter((id) => !before.mentions.includes(id)).map((recipientId) => ({ recipientId, kind: "mentioned" as const })),
    });
    return after;
  });
}
