import "server-only";
import type { TCommentCreateInput } from "../../comments/comment-input";
import { threadRootId } from "../../comments/threads";
import type { TCommentView } from "../../comments/types";
import type { TPrismaClient } from "../../db/prisma-client";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { findBoardClaim } from "../claims/find-board-claim";
import { DataError } from "../errors";
import { checkMentionedMembers } from "./check-mentioned-members";
import { signedInUserId } from "./signed-in-user-id";
import { COMMENT_WITH_AUTHOR, toCommentView } from "./to-comment-view";

/** Starts a thread on the claim, or replies in one (a reply to a reply joins its thread's root). */
export async function createComment(
  db: TPrismaClient,
  actor: TActor,
  boardId: string,
  claimId: string,
  input: TCommentCreateInput,
): Promise<TCommentView> {
  const board = await authorizeBoard(db, actor, boardId, "comment.create");
  // After the board check, so a private board stays 404 to someone signed out.
  const authorId = signedInUserId(actor);
  return db.$transaction(async (tx) => {
    await findBoardClaim(tx, boardId, claimId);
    let parentId: string | null = null;
    if (input.parentId) {
      const parent = await tx.comment.findFirst({
        where: { id: input.parentId, boardId },
        select: { id: true, parentId: true, claimId: true },
      });
      if (!parent) throw new DataError("not_found", "The comment you are replying to was not found. It may have been removed with its claim.");
      if (parent.claimId !== claimId) {
        throw new DataError("invalid", "You can only reply to a comment on the same claim. Start a new thread here instead.");
      }
      parentId = threadRootId(parent);
    }
    const mentions = await checkMentionedMembers(tx, board.workspaceId, input.body);
    const comment = toCommentView(
      await tx.comment.create({
        data: { boardId, claimId, parentId, authorId, body: input.body, mentions: JSON.stringify(mentions) },
        include: COMMENT_WITH_AUTHOR,
      }),
    );
    await recordActivity(tx, actor, {
      boardId,
      workspaceId: board.workspaceId,
      entityType: "comment",
      entityId: comment.id,
      claimId,
      action: "created",
      before: null,
      after: comment,
      notify: mentions.map((recipientId) => ({ recipientId, kind: "mentioned" as const })),
    });
    return comment;
  });
}
