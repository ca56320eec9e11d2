import { getBoardView } from "@/lib/data/boards/get-board-view";
import { jsonRoute } from "@/lib/http/json-route";

export const GET = jsonRoute<{ boardId: string }>(({ db, actor, params }) => getBoardView(db, actor, params.boardId));
