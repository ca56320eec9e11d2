import { getBoardClaimsCsv } from "@/lib/data/boards/get-board-claims-csv";
import { jsonRoute } from "@/lib/http/json-route";
import { publicOrigin } from "@/lib/http/public-origin";

/** The board's claims as a CSV file. */
export const GET = jsonRoute<{ boardId: string }>(async ({ request, db, actor, params }) => {
  const csv = await getBoardClaimsCsv(db, actor, params.boardId, publicOrigin(process.env.BETTER_AUTH_URL, request.headers));
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8; header=present",
      "content-disposition": `attachment; filename="claimgraph-claims-${params.boardId}.csv"`,
    },
  });
});
