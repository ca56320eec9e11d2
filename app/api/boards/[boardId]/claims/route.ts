import { createClaim } from "@/lib/data/claims/create-claim";
import { jsonRoute, readJsonBody } from "@/lib/http/json-route";
import { ZClaimCreateInput } from "@/lib/schemas/claim";

export const POST = jsonRoute<{ boardId: string }>(
  async ({ request, db, actor, params }) =>
    createClaim(db, actor, params.boardId, await readJsonBody(request, ZClaimCreateInput)),
  { successStatus: 201 },
);
