import { applyClaimWorkflowCommand } from "@/lib/data/workflow/apply-claim-workflow-command";
import { jsonRoute, readJsonBody } from "@/lib/http/json-route";
import { ZClaimWorkflowInput } from "@/lib/schemas/claim";

type TParams = { boardId: string; claimId: string };

/** One workflow step for a claim: `{ type, …its fields, version? }` → `{ claim, corrections? }`. */
export const POST = jsonRoute<TParams>(async ({ request, db, actor, params }) =>
  applyClaimWorkflowCommand(db, actor, params.boardId, params.claimId, await readJsonBody(request, ZClaimWorkflowInput)),
);
