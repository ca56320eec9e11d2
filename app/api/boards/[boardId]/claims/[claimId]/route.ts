import { deleteClaim } from "@/lib/data/claims/delete-claim";
import { updateClaim } from "@/lib/data/claims/update-claim";
import { jsonRoute, readJsonBody } from "@/lib/http/json-route";
import { ZClaimUpdateInput } from "@/lib/schemas/claim";

type TParams = { boardId: string; claimId: string };

export const PATCH = jsonRoute<TParams>(async ({ request, db, actor, params }) =>
  updateClaim(db, actor, params.boardId, params.claimId, await readJsonBody(request, ZClaimUpdateInput)),
);

export const DELETE = jsonRoute<TParams>(({ db, actor, params }) =>
  deleteClaim(db, actor, params.boardId, params.claimId),
);
