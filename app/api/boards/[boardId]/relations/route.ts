import { createClaimRelation } from "@/lib/data/relations/create-claim-relation";
import { jsonRoute, readJsonBody } from "@/lib/http/json-route";
import { ZClaimRelationCreateInput } from "@/lib/schemas/relation";

export const POST = jsonRoute<{ boardId: string }>(
  async ({ request, db, actor, params }) =>
    createClaimRelation(db, actor, params.boardId, await readJsonBody(request, ZClaimRelationCreateInput)),
  { successStatus: 201 },
);
