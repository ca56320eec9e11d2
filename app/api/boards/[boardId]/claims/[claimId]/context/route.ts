import { getClaimContext } from "@/lib/data/claims/get-claim-context";
import { jsonRoute } from "@/lib/http/json-route";

type TParams = { boardId: string; claimId: string };

/** The article around the claim's quote: `context` is null when the quote is no longer in the text. */
export const GET = jsonRoute<TParams>(async ({ db, actor, params }) => ({
  context: await getClaimContext(db, actor, params.boardId, params.claimId),
}));
