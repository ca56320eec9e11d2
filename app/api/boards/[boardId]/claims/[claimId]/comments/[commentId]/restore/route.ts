import { ZCommentRestoreInput } from "@/lib/comments/comment-input";
import { restoreComment } from "@/lib/data/comments/restore-comment";
import { jsonRoute, readJsonBody } from "@/lib/http/json-route";

type TParams = { boardId: string; claimId: string; commentId: string };

/** Undoes the author's deletion; answers with the comment as it shows again. The body is {}: the text comes from the log. */
export const POST = jsonRoute<TParams>(async ({ request, db, actor, params }) => {
  await readJsonBody(request, ZCommentRestoreInput);
  return restoreComment(db, actor, params.boardId, params.claimId, params.commentId);
});
