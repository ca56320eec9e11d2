import "server-only";
import type { TCommentView } from "../../comments/types";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { findBoardClaim } from "../claims/find-board-claim";
import { COMMENT_WITH_AUTHOR, toCommentView } from "./to-comment-view";

/** A claim's discussion, oldest first; deleted comments keep their place, blanked. Readers of a public board see it too. */
export async function listClaimComments(
  db: TPrismaClient,
  actor: TActor,
  boardId: string,
  claimId: string,
): Promise<TCommentView[]> {
  await authorizeBoard(db, actor, boardId, "discussion.read");
  await findBoardClaim(db, boardId, claimId);
  const rows = await db.comment.findMany({
    where: { boardId, claimId },
    include: COMMENT_WITH_AUTHOR,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map(toCommentView);
}
