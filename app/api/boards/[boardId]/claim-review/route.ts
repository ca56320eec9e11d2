import { getBoardClaimReviews } from "@/lib/data/boards/get-board-claim-reviews";
import { jsonRoute } from "@/lib/http/json-route";

/** schema.org ClaimReview JSON-LD of the board's published verdicts. */
export const GET = jsonRoute<{ boardId: string }>(async ({ request, db, actor, params }) => {
  const reviewUrl = new URL(`/boards/${encodeURIComponent(params.boardId)}`, request.url).href;
  const graph = await getBoardClaimReviews(db, actor, params.boardId, reviewUrl);
  return new Response(JSON.stringify(graph, null, 2), {
    headers: { "content-type": "application/ld+json; charset=utf-8" },
  });
});
