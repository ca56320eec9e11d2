import { ZCommentUpdateInput } from "@/lib/comments/comment-input";
import { deleteComment } from "@/lib/data/comments/delete-comment";
import { updateComment } from "@/lib/data/comments/update-comment";
import { jsonRoute, readJsonBody } from "@/lib/http/json-route";

type TParams = { boardId: string; claimId: string; commentId: string };

export const PATCH = jsonRoute<TParams>(async ({ request, db, actor, params }) =>
  updateComment(db, actor, params.boardId, params.claimId, params.commentId, await readJsonBody(request, ZCommentUpdateInput)),
);

/** Answers with the comment as it now shows: blanked and marked deleted. */
export const DELETE = jsonRoute<TParams>(({ db, actor, params }) =>
  deleteComment(db, actor, params.boardId, params.claimId, params.commentId),
);
