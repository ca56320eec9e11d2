import { deleteClaimRelation } from "@/lib/data/relations/delete-claim-relation";
import { updateClaimRelation } from "@/lib/data/relations/update-claim-relation";
import { jsonRoute, readJsonBody } from "@/lib/http/json-route";
import { ZClaimRelationUpdateInput } from "@/lib/schemas/relation";

type TParams = { boardId: string; relationId: string };

export const PATCH = jsonRoute<TParams>(async ({ request, db, actor, params }) =>
  updateClaimRelation(db, actor, params.boardId, params.relationId, await readJsonBody(request, ZClaimRelationUpdateInput)),
);

export const DELETE = jsonRoute<TParams>(({ db, actor, params }) =>
  deleteClaimRelation(db, actor, params.boardId, params.relationId),
);
