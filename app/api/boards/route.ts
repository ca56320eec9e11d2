import { createBoard } from "@/lib/data/boards/create-board";
import { listBoards } from "@/lib/data/boards/list-boards";
import { jsonRoute, readJsonBody } from "@/lib/http/json-route";
import { ZBoardCreateInput } from "@/lib/schemas/board";

export const GET = jsonRoute(async ({ db, actor }) => ({ boards: await listBoards(db, actor) }));

export const POST = jsonRoute(
  async ({ request, db, actor }) => createBoard(db, actor, await readJsonBody(request, ZBoardCreateInput)),
  { successStatus: 201 },
);
