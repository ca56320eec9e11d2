import { setBoardVisibility } from "@/lib/data/boards/set-board-visibility";
import { jsonRoute, readJsonBody } from "@/lib/http/json-route";
import { ZBoardVisibilityInput } from "@/lib/schemas/board-visibility";

export const PUT = jsonRoute<{ boardId: string }>(async ({ request, db, actor, params }) => {
  const { visibility } = await readJsonBody(request, ZBoardVisibilityInput);
  return setBoardVisibility(db, actor, params.boardId, visibility);
});
