"use client";

import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import type { TClaimView } from "@/lib/board/types";
import { PUBLISHABLE_VERDICTS, COMMAND_LABELS, type TPublishableVerdict } from "@/lib/workflow/claim-workflow";
import type { TWorkflowCommandInput } from "@/lib/workflow/command-input";
import { FormError } from "../ui/form-error";
import { useVerdictScale } from "../verdicts/verdict-scale-context";
import { useAsyncAction } from "../ui/use-async-action";

export type TInputCommand = "propose" | "return";

const TITLES: Record<TInputCommand, string> = {
  propose: "Send to review",
  return: "Return to the checker",
};

/**
 * The few words a move needs before it can happen: a verdict and rationale to
 * send a claim to review, a comment to return it. A modal <dialog>: focus
 * moves into it, Escape cancels.
 */
export function MoveInputDialog({
  claim,
  command,
  onSubmit,
  onCancel,
}: {
  claim: TClaimView;
  command: TInputCommand;
  /** Rejects with the server's message, shown in the form. */
  onSubmit: (command: TWorkflowCommandInput) => Promise<void>;
  onCancel: () => void;
}) {
  const scale = useVerdictScale();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const firstFieldRef = useRef<HTMLSelectElement & HTMLTextAreaElement>(null);
  const id = useId();
  const returned = claim.proposedVerdict && claim.proposedVerdict !== "unverified" ? claim.proposedVerdict : null;
  const [verdict, setVerdict] = useState<TPublishableVerdict | "">(returned ?? "");
  const [text, setText] = useState(command === "propose" ? (claim.proposedRationale ?? "") : "");
  const { pending, error, setError, run } = useAsyncAction();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    firstFieldRef.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
    };
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (command === "propose" && verdict === "") {
      setError("Choose the verdict you propose.");
      return;
    }
    if (text.trim() === "") {
      setError(command === "propose" ? "Write a rationale saying why the evidence supports this verdict." : "Write a comment saying what needs to change.");
      return;
    }
    const input: TWorkflowCommandInput =
      command === "propose" && verdict !== ""
        ? { type: "propose", verdict, rationale: text }
        : { type: "return", comment: text };
    void run(() => onSubmit(input));
  };

  return (
    <dialog
      ref={dialogRef}
      className="stance-dialog review-dialog"
      aria-labelledby={`${id}-title`}
      aria-modal="true"
      data-testid="review-move-dialog"
      onCancel={(event) => {
        event.preventDefault();
        if (!pending) onCancel();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`}>{TITLES[command]}</h2>
        <p className="quote-in-context">{claim.statement}</p>
        {command === "propose" ? (
          <>
            <div className="field">
              <label htmlFor={`${id}-verdict`}>Proposed verdict</label>
              <select
                id={`${id}-verdict`}
                ref={firstFieldRef}
                value={verdict}
                required
                onChange={(event) => setVerdict(event.target.value as TPublishableVerdict | "")}
              >
                <option value="">Choose a verdict…</option>
                {PUBLISHABLE_VERDICTS.map((value) => (
                  <option key={value} value={value}>
                    {scale[value].icon} {scale[value].label}
                  </option>
                ))}
              </select>
              {verdict ? <p className="muted small verdict-description">{scale[verdict].description}</p> : null}
            </div>
            <div className="field">
              <label htmlFor={`${id}-text`}>Rationale</label>
              <textarea
                id={`${id}-text`}
                value={text}
                required
                placeholder="Why this verdict: what the linked evidence shows"
                onChange={(event) => setText(event.target.value)}
              />
            </div>
            <p className="muted small">An editor who did not propose it will approve or return it.</p>
          </>
        ) : (
          <div className="field">
            <label htmlFor={`${id}-text`}>Comment for the checker</label>
            <textarea
              id={`${id}-text`}
              ref={firstFieldRef}
              value={text}
              required
              placeholder="What needs to change before this verdict can be published"
              onChange={(event) => setText(event.target.value)}
            />
          </div>
        )}
        <FormError message={error} />
        <div className="form-actions stance-dialog-actions">
          <button type="button" className="button" onClick={onCancel} disabled={pending}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={pending}>
            {pending ? "Saving…" : COMMAND_LABELS[command]}
          </button>
        </div>
      </form>
    </dialog>
  );
}
