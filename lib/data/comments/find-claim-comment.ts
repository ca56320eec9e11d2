import "server-only";
import type { TDbClient } from "../../db/prisma-client";
import { notFound } from "../errors";
import { COMMENT_WITH_AUTHOR } from "./to-comment-view";

/** The comment with its author, only if it is on this claim of this board (anything else is 404). */
export async function findClaimComment(db: TDbClient, boardId: string, claimId: string, commentId: string) {
  const comment = await db.comment.findFirst({ where: { id: commentId, claimId, boardId }, include: COMMENT_WITH_AUTHOR });
  if (!comment) throw notFound("Comment");
  return comment;
}
