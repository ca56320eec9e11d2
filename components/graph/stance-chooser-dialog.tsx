"use client";

import { STANCES, STANCE_LABELS, type TStance } from "@/lib/schemas/vocabulary";
import { ModalDialog } from "../ui/modal-dialog";
import { EdgeLineSample } from "./edge-line-sample";
import { EDGE_STYLES, STANCE_EDGE_STYLE } from "./edge-style";

const STANCE_HINTS: Record<TStance, string> = {
  supports: "The evidence bears out the claim.",
  disputes: "The evidence goes against the claim.",
  context: "The evidence neither confirms nor refutes it, but helps judge it.",
};

/**
 * Asks how a piece of evidence bears on a claim, after the two were joined by
 * dragging on the canvas. A modal <dialog>: focus moves into it, Escape cancels.
 */
export function StanceChooserDialog({
  evidenceTitle,
  claimStatement,
  pending,
  error,
  onChoose,
  onCancel,
}: {
  evidenceTitle: string;
  claimStatement: string;
  pending: boolean;
  error: string | null;
  onChoose: (stance: TStance) => void;
  onCancel: () => void;
}) {
  return (
    <ModalDialog
      title="Link evidence to claim"
      about={
        <>
          <p>
            <span className="graph-node-type">Evidence</span> {evidenceTitle}
          </p>
          <p>
            <span className="graph-node-type">Claim</span> {claimStatement}
          </p>
          <p className="muted small">How does this evidence bear on the claim?</p>
        </>
      }
      choicesLabel="Stance"
      pending={pending}
      pendingText="Saving the link…"
      error={error}
      testId="stance-chooser"
      onCancel={onCancel}
    >
      {({ firstButtonRef, titleId }) =>
        STANCES.map((stance, i) => (
          <button
            key={stance}
            ref={i === 0 ? firstButtonRef : undefined}
            type="button"
            className={`button stance-choice stance-${stance}`}
            disabled={pending}
            onClick={() => onChoose(stance)}
            aria-describedby={`${titleId}-${stance}`}
          >
            <EdgeLineSample markerKey={STANCE_EDGE_STYLE[stance]} width={EDGE_STYLES[STANCE_EDGE_STYLE[stance]].width} />
            <span className="stance-choice-label">{STANCE_LABELS[stance]}</span>
            <span id={`${titleId}-${stance}`} className="stance-choice-hint" aria-hidden="true">
              {STANCE_HINTS[stance]}
            </span>
          </button>
        ))
      }
    </ModalDialog>
  );
}
