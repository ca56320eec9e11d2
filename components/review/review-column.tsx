"use client";

import { useState, type DragEvent, type ReactNode } from "react";
import { STAGE_LABELS, type TWorkflowStage } from "@/lib/workflow/stages";
import { CLAIM_DRAG_TYPE } from "./review-card";

const STAGE_HINTS: Record<TWorkflowStage, string> = {
  unassigned: "Nobody is checking these yet.",
  researching: "A checker is finding evidence.",
  ready_for_review: "A verdict waits for an editor who did not propose it.",
  returned: "Sent back with a comment to rework.",
  published: "Approved verdicts, visible to readers.",
};

const carriesClaim = (event: DragEvent) => event.dataTransfer.types.includes(CLAIM_DRAG_TYPE);

/** One workflow stage: a drop target for cards dragged from the other columns. Its cards (children) are memoised, not it. */
export function ReviewColumn({
  stage,
  count,
  current,
  onDropClaim,
  children,
}: {
  stage: TWorkflowStage;
  count: number;
  /** The column a narrow screen shows; the others hide there (see .review-stage-switcher). */
  current: boolean;
  onDropClaim: (claimId: string, to: TWorkflowStage) => void;
  children: ReactNode;
}) {
  const [dropTarget, setDropTarget] = useState(false);
  const headingId = `review-column-${stage}`;
  return (
    <section
      className={`review-column${current ? " current" : ""}${dropTarget ? " drop-target" : ""}`}
      aria-labelledby={headingId}
      data-review-column={stage}
      data-card-count={count}
      onDragOver={(event) => {
        if (!carriesClaim(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = "move";
        if (!dropTarget) setDropTarget(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropTarget(false);
      }}
      onDrop={(event) => {
        setDropTarget(false);
        const claimId = event.dataTransfer.getData(CLAIM_DRAG_TYPE);
        if (!claimId) return;
        event.preventDefault();
        onDropClaim(claimId, stage);
      }}
    >
      <header className="review-column-header">
        <h2 id={headingId} tabIndex={-1}>
          {STAGE_LABELS[stage]}
        </h2>
        <span className="review-column-count" data-testid={`review-count-${stage}`}>
          {count}
          <span className="sr-only"> {count === 1 ? "claim" : "claims"}</span>
        </span>
      </header>
      <p className="muted small review-column-hint">{STAGE_HINTS[stage]}</p>
      {count === 0 ? <p className="muted small review-column-empty">No claims here.</p> : null}
      {children}
    </section>
  );
}
