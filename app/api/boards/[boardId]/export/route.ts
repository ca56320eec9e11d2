import { getBoardExport } from "@/lib/data/boards/get-board-export";
import { jsonRoute } from "@/lib/http/json-route";

export const GET = jsonRoute<{ boardId: string }>(async ({ db, actor, params }) => {
  const exported = await getBoardExport(db, actor, params.boardId);
  const fileName = `claimgraph-board-${params.boardId}.json`;
  return new Response(JSON.stringify(exported, null, 2), {
    headers: { "content-type": "application/json; charset=utf-8", "content-disposition": `inline; filename="${fileName}"` },
  });
});
