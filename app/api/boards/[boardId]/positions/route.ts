import { saveNodePositions } from "@/lib/data/positions/save-node-positions";
import { jsonRoute, readJsonBody } from "@/lib/http/json-route";
import { ZNodePositionsInput } from "@/lib/schemas/positions";

export const PUT = jsonRoute<{ boardId: string }>(async ({ request, db, actor, params }) =>
  saveNodePositions(db, actor, params.boardId, await readJsonBody(request, ZNodePositionsInput)),
);
