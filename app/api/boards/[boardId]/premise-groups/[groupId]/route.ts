import { deletePremiseGroup } from "@/lib/data/premise-groups/delete-premise-group";
import { updatePremiseGroup } from "@/lib/data/premise-groups/update-premise-group";
import { jsonRoute, readJsonBody } from "@/lib/http/json-route";
import { ZPremiseGroupUpdateInput } from "@/lib/schemas/premise-group";

type TParams = { boardId: string; groupId: string };

export const PATCH = jsonRoute<TParams>(async ({ request, db, actor, params }) =>
  updatePremiseGroup(db, actor, params.boardId, params.groupId, await readJsonBody(request, ZPremiseGroupUpdateInput)),
);

export const DELETE = jsonRoute<TParams>(({ db, actor, params }) => deletePremiseGroup(db, actor, params.boardId, params.groupId));
