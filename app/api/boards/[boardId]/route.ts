import { deleteBoard } from "@/lib/data/boards/delete-board";
import { getBoardView } from "@/lib/data/boards/get-board-view";
import { renameBoard } from "@/lib/data/boards/rename-board";
import { jsonRoute, readJsonBody } from "@/lib/http/json-route";
import { ZBoardDeleteInput, ZBoardRenameInput } from "@/lib/schemas/board-lifecycle";

export const GET = jsonRoute<{ boardId: string }>(({ db, actor, params }) => getBoardView(db, actor, params.boardId));

export const PATCH = jsonRoute<{ boardId: string }>(async ({ request, db, actor, params }) =>
  renameBoard(db, actor, params.boardId, await readJsonBody(request, ZBoardRenameInput)),
);

/** Needs the board's exact title and version in the body: a deletion is always confirmed. */
export const DELETE = jsonRoute<{ boardId: string }>(async ({ request, db, actor, params }) =>
  deleteBoard(db, actor, params.boardId, await readJsonBody(request, ZBoardDeleteInput)),
);
