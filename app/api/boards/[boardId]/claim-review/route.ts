import { getBoardClaimReviews } from "@/lib/data/boards/get-board-claim-reviews";
import { jsonRoute } from "@/lib/http/json-route";
import { publicOrigin } from "@/lib/http/public-origin";

/** schema.org ClaimReview JSON-LD of the board's published verdicts, as a file (the board's ClaimReview page previews it). */
export const GET = jsonRoute<{ boardId: string }>(async ({ request, db, actor, params }) => {
  const origin = publicOrigin(process.env.BETTER_AUTH_URL, request.headers);
  const graph = await getBoardClaimReviews(db, actor, params.boardId, origin);
  return new Response(JSON.stringify(graph, null, 2), {
    headers: {
      "content-type": "application/ld+json; charset=utf-8",
      "content-disposition": `attachment; filename="claimgraph-claim-review-${params.boardId}.jsonld"`,
    },
  });
});
