"use client";

import { useId } from "react";
import { FormError } from "../ui/form-error";
import { useModalDialog } from "../ui/use-modal-dialog";

export type TArgumentDropChoice = { key: string; label: string; hint: string };

/**
 * Asks what a claim dropped on an edge or a "together" node should do: undercut the edge,
 * join its source as a linked premise, or join the group. A modal <dialog>; Escape cancels.
 */
export function ArgumentDropDialog({
  claimStatement,
  onto,
  choices,
  pending,
  error,
  onChoose,
  onCancel,
}: {
  claimStatement: string;
  onto: string;
  choices: TArgumentDropChoice[];
  pending: boolean;
  error: string | null;
  onChoose: (key: string) => void;
  onCancel: () => void;
}) {
  const { dialogRef, firstButtonRef } = useModalDialog();
  const titleId = useId();
  return (
    <dialog
      ref={dialogRef}
      className="stance-dialog"
      aria-labelledby={titleId}
      aria-modal="true"
      data-testid="argument-drop-dialog"
      onCancel={(event) => {
        event.preventDefault();
        if (!pending) onCancel();
      }}
    >
      <h2 id={titleId}>Use this claim in the argument</h2>
      <div className="stance-dialog-pair">
        <p>
          <span className="graph-node-type">Claim</span> {claimStatement}
        </p>
        <p>
          <span className="graph-node-type">Onto</span> {onto}
        </p>
      </div>
      <FormError message={error} />
      <div className="stance-dialog-choices" role="group" aria-label="What the claim does">
        {choices.map((choice, i) => (
          <button
            key={choice.key}
            ref={i === 0 ? firstButtonRef : undefined}
            type="button"
            className="button stance-choice"
            disabled={pending}
            onClick={() => onChoose(choice.key)}
          >
            <span className="stance-choice-label">{choice.label}</span>
            <span className="stance-choice-hint">{choice.hint}</span>
          </button>
        ))}
      </div>
      <div className="form-actions stance-dialog-actions">
        <button type="button" className="button" onClick={onCancel} disabled={pending}>
          Cancel
        </button>
        {pending ? (
          <span className="muted small" role="status">
            Saving…
          </span>
        ) : null}
      </div>
    </dialog>
  );
}
