import { archiveBoard } from "@/lib/data/boards/archive-board";
import { restoreBoard } from "@/lib/data/boards/restore-board";
import { jsonRoute, readJsonBody } from "@/lib/http/json-route";
import { ZBoardArchiveInput } from "@/lib/schemas/board-lifecycle";

export const PUT = jsonRoute<{ boardId: string }>(async ({ request, db, actor, params }) => {
  const { archived, version } = await readJsonBody(request, ZBoardArchiveInput);
  return archived ? archiveBoard(db, actor, params.boardId, version) : restoreBoard(db, actor, params.boardId, version);
});
