import { setClaimDueDate } from "@/lib/data/workflow/set-claim-due-date";
import { jsonRoute, readJsonBody } from "@/lib/http/json-route";
import { ZClaimDueDateInput } from "@/lib/schemas/claim";

type TParams = { boardId: string; claimId: string };

/** `{ dueOn: "YYYY-MM-DD" | null, version? }` → `{ claim }`. */
export const PUT = jsonRoute<TParams>(async ({ request, db, actor, params }) =>
  setClaimDueDate(db, actor, params.boardId, params.claimId, await readJsonBody(request, ZClaimDueDateInput)),
);
