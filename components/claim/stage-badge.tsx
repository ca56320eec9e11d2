import { STAGE_LABELS, type TWorkflowStage } from "@/lib/workflow/stages";

/** A glyph per stage, so the stage never rests on colour or position alone. */
export const STAGE_ICONS: Record<TWorkflowStage, string> = {
  unassigned: "○",
  researching: "◔",
  ready_for_review: "◑",
  returned: "↩",
  published: "●",
};

/** Labels short enough for a graph node's footer. */
export const SHORT_STAGE_LABELS: Record<TWorkflowStage, string> = {
  unassigned: "Unassigned",
  researching: "Researching",
  ready_for_review: "In review",
  returned: "Returned",
  published: "Published",
};

export function StageBadge({ stage, short = false }: { stage: TWorkflowStage; short?: boolean }) {
  return (
    <span className="stage-badge" data-stage={stage} title={`Workflow stage: ${STAGE_LABELS[stage]}`}>
      <span className="icon" aria-hidden="true">
        {STAGE_ICONS[stage]}
      </span>
      {short ? SHORT_STAGE_LABELS[stage] : STAGE_LABELS[stage]}
    </span>
  );
}
