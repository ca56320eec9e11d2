"use client";

import { useId } from "react";
import { STANCES, STANCE_LABELS, type TStance } from "@/lib/schemas/vocabulary";
import { FormError } from "../ui/form-error";
import { useModalDialog } from "../ui/use-modal-dialog";
import { EdgeLineSample } from "./edge-line-sample";
import { STANCE_EDGE_STYLE } from "./edge-style";

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
  const { dialogRef, firstButtonRef } = useModalDialog();
  const titleId = useId();
  const descriptionId = useId();


  return (
    <dialog
      ref={dialogRef}
      className="stance-dialog"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      aria-modal="true"
      data-testid="stance-chooser"
      onCancel={(event) => {
        // Escape: React decides when the dialog goes away.
        event.preventDefault();
        if (!pending) onCancel();
      }}
    >
      <h2 id={titleId}>Link evidence to claim</h2>
      <div id={descriptionId} className="stance-dialog-pair">
        <p>
          <span className="graph-node-type">Evidence</span> {evidenceTitle}
        </p>
        <p>
          <span className="graph-node-type">Claim</span> {claimStatement}
        </p>
        <p className="muted small">How does this evidence bear on the claim?</p>
      </div>
      <FormError message={error} />
      <div className="stance-dialog-choices" role="group" aria-label="Stance">
        {STANCES.map((stance, i) => {
          return (
            <button
              key={stance}
              ref={i === 0 ? firstButtonRef : undefined}
              type="button"
              className={`button stance-choice stance-${stance}`}
              disabled={pending}
              onClick={() => onChoose(stance)}
              aria-describedby={`${titleId}-${stance}`}
            >
<EdgeLineSample styleKey={STANCE_EDGE_STYLE[stance]} />
              <span className="stance-choice-label">{STANCE_LABELS[stance]}</span>
              <span id={`${titleId}-${stance}`} className="stance-choice-hint" aria-hidden="true">
                {STANCE_HINTS[stance]}
              </span>
            </button>
          );
        })}
      </div>
      <div className="form-actions stance-dialog-actions">
        <button type="button" className="button" onClick={onCancel} disabled={pending}>
          Cancel
        </button>
        {pending ? (
          <span className="muted small" role="status">
            Saving the link…
          </span>
        ) : null}
      </div>
    </dialog>
  );
}
