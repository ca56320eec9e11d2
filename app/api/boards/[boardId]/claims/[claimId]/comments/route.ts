import { ZCommentCreateInput } from "@/lib/comments/comment-input";
import { createComment } from "@/lib/data/comments/create-comment";
import { listClaimComments } from "@/lib/data/comments/list-claim-comments";
import { jsonRoute, readJsonBody } from "@/lib/http/json-route";

type TParams = { boardId: string; claimId: string };

export const GET = jsonRoute<TParams>(async ({ db, actor, params }) => ({
  comments: await listClaimComments(db, actor, params.boardId, params.claimId),
}));

export const POST = jsonRoute<TParams>(
  async ({ request, db, actor, params }) =>
    createComment(db, actor, params.boardId, params.claimId, await readJsonBody(request, ZCommentCreateInput)),
  { successStatus: 201 },
);
