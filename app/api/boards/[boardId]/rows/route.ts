import { getBoardRowsPage } from "@/lib/data/boards/get-board-rows-page";
import { DataError } from "@/lib/data/errors";
import { jsonRoute } from "@/lib/http/json-route";
import { describeZodError } from "@/lib/schemas/describe-zod-error";
import { ZBoardRowsQuery } from "@/lib/schemas/board-rows";

// One page of one table of the board (?table=claims, then &after=<the previous page's nextCursor>): how a board page loads what its HTML left out.
export const GET = jsonRoute<{ boardId: string }>(({ db, actor, params, request }) => {
  const query = ZBoardRowsQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) {
    const { message, issues } = describeZodError(query.error);
    throw new DataError("invalid", message, { issues });
  }
  return getBoardRowsPage(db, actor, params.boardId, query.data.table, query.data.after ?? null);
});
