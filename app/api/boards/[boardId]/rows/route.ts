import { getBoardRowsPageJson } from "@/lib/data/boards/get-board-rows-page-json";
import { DataError } from "@/lib/data/errors";
import { jsonRoute } from "@/lib/http/json-route";
import { describeZodError } from "@/lib/schemas/describe-zod-error";
import { ZBoardRowsQuery } from "@/lib/schemas/board-rows";

// One page of one table of the board (?table=claims, then &after=<the previous page's nextCursor>): how a board page loads what its HTML left out.
export const GET = jsonRoute<{ boardId: string }>(async ({ db, actor, params, request }) => {
  const query = ZBoardRowsQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) {
    const { message, issues } = describeZodError(query.error);
    throw new DataError("invalid", message, { issues });
  }
  // Already JSON: a page of claims comes serialised by the database.
  const page = await getBoardRowsPageJson(db, actor, params.boardId, query.data.table, query.data.after ?? null);
  return new Response(page, { headers: { "content-type": "application/json" } });
});
