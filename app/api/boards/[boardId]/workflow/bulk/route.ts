import { applyBulkWorkflowCommand } from "@/lib/data/workflow/apply-bulk-workflow-command";
import { jsonRoute, readJsonBody } from "@/lib/http/json-route";
import { ZBulkWorkflowInput } from "@/lib/schemas/claim";

type TParams = { boardId: string };

/** `{ claimIds, command: { type: "assign", assigneeId } | { type: "move", toStage } }` → `{ claims }`, all or nothing. */
export const POST = jsonRoute<TParams>(async ({ request, db, actor, params }) =>
  applyBulkWorkflowCommand(db, actor, params.boardId, await readJsonBody(request, ZBulkWorkflowInput)),
);
