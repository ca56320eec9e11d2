import { z } from "zod";

// Where a claim is in the team workflow. Kept apart from the verdict: a claim
// can be published as "false" or be researching with no verdict at all.
export const WORKFLOW_STAGES = ["unassigned", "researching", "ready_for_review", "returned", "published"] as const;
export const ZWorkflowStage = z.enum(WORKFLOW_STAGES, {
  error: `stage must be one of: ${WORKFLOW_STAGES.join(", ")}`,
});
export type TWorkflowStage = z.infer<typeof ZWorkflowStage>;

export const STAGE_LABELS: Record<TWorkflowStage, string> = {
  unassigned: "Unassigned",
  researching: "Researching",
  ready_for_review: "Ready for review",
  returned: "Returned",
  published: "Published",
};
