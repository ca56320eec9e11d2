"use client";

import type { TClaimView } from "@/lib/board/types";
import { STAGE_LABELS, WORKFLOW_STAGES, type TWorkflowStage } from "@/lib/workflow/stages";

/** The one column a narrow board shows, chosen here (wide boards show all five and hide this, see responsive.css). */
export function ReviewStageSwitcher({
  columns,
  shown,
  onShow,
}: {
  columns: Record<TWorkflowStage, readonly TClaimView[]>;
  shown: TWorkflowStage;
  onShow: (stage: TWorkflowStage) => void;
}) {
  return (
    <div className="review-stage-switcher segmented" role="group" aria-label="Stage shown">
      {WORKFLOW_STAGES.map((stage) => (
        <button
          key={stage}
          type="button"
          className="button"
          aria-pressed={stage === shown}
          data-stage-switch={stage}
          onClick={() => onShow(stage)}
        >
          <span>{STAGE_LABELS[stage]}</span>
          <span className="review-stage-count">
            {columns[stage].length}
            <span className="sr-only"> {columns[stage].length === 1 ? "claim" : "claims"}</span>
          </span>
        </button>
      ))}
    </div>
  );
}
