import { listGraphCollapses } from "@/lib/data/graph-collapses/list-graph-collapses";
import { setGraphCollapse } from "@/lib/data/graph-collapses/set-graph-collapse";
import { jsonRoute, readJsonBody } from "@/lib/http/json-route";
import { ZGraphCollapseInput } from "@/lib/schemas/graph-collapse";

export const GET = jsonRoute<{ boardId: string }>(async ({ db, actor, params }) => listGraphCollapses(db, actor, params.boardId));

export const PUT = jsonRoute<{ boardId: string }>(async ({ request, db, actor, params }) =>
  setGraphCollapse(db, actor, params.boardId, await readJsonBody(request, ZGraphCollapseInput)),
);
