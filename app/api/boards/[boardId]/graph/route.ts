import { getBoardGraph } from "@/lib/data/boards/get-board-graph";
import { jsonRoute } from "@/lib/http/json-route";

export const GET = jsonRoute<{ boardId: string }>(async ({ db, actor, params }) => getBoardGraph(db, actor, params.boardId));
