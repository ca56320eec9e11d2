"use client";

import { ModalDialog } from "../ui/modal-dialog";

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
  return (
    <ModalDialog
      title="Use this claim in the argument"
      about={
        <>
          <p>
            <span className="graph-node-type">Claim</span> {claimStatement}
          </p>
          <p>
            <span className="graph-node-type">Onto</span> {onto}
          </p>
        </>
      }
      choicesLabel="What the claim does"
      pending={pending}
      pendingText="Saving…"
      error={error}
      testId="argument-drop-dialog"
      onCancel={onCancel}
    >
      {({ firstButtonRef }) =>
        choices.map((choice, i) => (
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
        ))
      }
    </ModalDialog>
  );
}
