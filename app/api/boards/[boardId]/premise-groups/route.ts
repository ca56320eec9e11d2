import { createPremiseGroup } from "@/lib/data/premise-groups/create-premise-group";
import { jsonRoute, readJsonBody } from "@/lib/http/json-route";
import { ZPremiseGroupCreateInput } from "@/lib/schemas/premise-group";

export const POST = jsonRoute<{ boardId: string }>(
  async ({ request, db, actor, params }) =>
    createPremiseGroup(db, actor, params.boardId, await readJsonBody(request, ZPremiseGroupCreateInput)),
  { successStatus: 201 },
);
