"use client";

import { useState, type FormEvent } from "react";
import type { TBoardView, TClaimView } from "@/lib/board/types";
import type { TVerdict } from "@/lib/schemas/vocabulary";
import { COMMAND_LABELS, PUBLISHABLE_VERDICTS, type TPublishableVerdict } from "@/lib/workflow/claim-workflow";
import type { TWorkflowCommandInput } from "@/lib/workflow/command-input";
import { FormError } from "../ui/form-error";
import { useVerdictScale } from "../verdicts/verdict-scale-context";

/** The commands that need input before they are sent. */
export type TFormCommand = "assign" | "propose" | "return" | "correct";

const isPublishable = (verdict: TVerdict | null): verdict is TPublishableVerdict =>
  verdict !== null && (PUBLISHABLE_VERDICTS as readonly TVerdict[]).includes(verdict);

function VerdictSelect({
  id,
  label,
  value,
  exclude,
  onChange,
}: {
  id: string;
  label: string;
  value: TPublishableVerdict | "";
  exclude?: TVerdict;
  onChange: (verdict: TPublishableVerdict | "") => void;
}) {
  const scale = useVerdictScale();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as TPublishableVerdict | "")} autoFocus>
        <option value="">Choose a verdict…</option>
        {PUBLISHABLE_VERDICTS.filter((verdict) => verdict !== exclude).map((verdict) => (
          <option key={verdict} value={verdict}>
            {scale[verdict].icon} {scale[verdict].label}
          </option>
        ))}
      </select>
      {value ? <p className="muted small verdict-description">{scale[value].description}</p> : null}
    </div>
  );
}

function TextArea({
  id,
  label,
  value,
  placeholder,
  onChange,
  autoFocus = false,
}: {
  id: string;
  label: string;
  value: string;
  placeholder: string;
  onChange: (value: string) => void;
  autoFocus?: boolean;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} value={value} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} autoFocus={autoFocus} />
    </div>
  );
}

/**
 * The form for one workflow command. It checks only what a person would miss
 * (no verdict chosen, empty text); the server judges the rest and its refusal
 * shows here as it is.
 */
export function WorkflowCommandForm({
  command,
  claim,
  board,
  pending,
  error,
  onSubmit,
  onInvalid,
  onCancel,
}: {
  command: TFormCommand;
  claim: TClaimView;
  board: TBoardView;
  pending: boolean;
  error: string | null;
  onSubmit: (command: TWorkflowCommandInput) => void;
  onInvalid: (message: string) => void;
  onCancel: () => void;
}) {
  const id = (field: string) => `workflow-${command}-${field}-${claim.id}`;
  // A returned proposal is the starting point for the rework.
  const [verdict, setVerdict] = useState<TPublishableVerdict | "">(
    command === "propose" && isPublishable(claim.proposedVerdict) ? claim.proposedVerdict : "",
  );
  const [text, setText] = useState(command === "propose" ? (claim.proposedRationale ?? "") : "");
  const [rationale, setRationale] = useState("");
  const assignable = board.members.filter((member) => member.role !== "viewer" && member.userId !== claim.assigneeId);
  const [assigneeId, setAssigneeId] = useState(assignable[0]?.userId ?? "");
  const linkedEvidence = board.links.filter((link) => link.claimId === claim.id).length;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const blank = text.trim() === "";
    switch (command) {
      case "assign":
        if (!assigneeId) return onInvalid("Choose who to assign the claim to.");
        return onSubmit({ type: "assign", assigneeId });
      case "propose":
        if (!verdict) return onInvalid("Choose the verdict you propose.");
        if (blank) return onInvalid("Write a rationale saying why the evidence supports this verdict.");
        return onSubmit({ type: "propose", verdict, rationale: text });
      case "return":
        if (blank) return onInvalid("Write a comment saying what needs to change before returning the verdict.");
        return onSubmit({ type: "return", comment: text });
      case "correct":
        if (!verdict) return onInvalid("Choose the corrected verdict.");
        if (blank) return onInvalid("Give a reason for the correction: readers see it in the correction note.");
        return onSubmit({
          type: "correct",
          verdict,
          reason: text,
          ...(rationale.trim() ? { rationale } : {}),
        });
    }
  };

  return (
    <form onSubmit={submit} className="inset-form" aria-label={COMMAND_LABELS[command]}>
      {command === "assign" ? (
        <div className="field">
          <label htmlFor={id("assignee")}>Assign to</label>
          {assignable.length > 0 ? (
            <select id={id("assignee")} value={assigneeId} onChange={(e) => setAssigneeId(e.target.value)} autoFocus>
              {assignable.map((member) => (
                <option key={member.userId} value={member.userId}>
                  {member.name} ({member.role})
                </option>
              ))}
            </select>
          ) : (
            <p className="muted small">No other checker, editor or owner in this workspace yet.</p>
          )}
        </div>
      ) : null}

      {command === "propose" ? (
        <>
          <VerdictSelect id={id("verdict")} label="Proposed verdict" value={verdict} onChange={setVerdict} />
          <TextArea
            id={id("rationale")}
            label="Rationale"
            value={text}
            placeholder="Why this verdict: what the linked evidence shows"
            onChange={setText}
          />
          <p className={linkedEvidence === 0 ? "form-error" : "muted small"}>
            {linkedEvidence === 0
              ? "No evidence is linked to this claim yet: link at least one piece before sending it to review."
              : `${linkedEvidence} piece${linkedEvidence === 1 ? "" : "s"} of evidence linked. An editor who is not you will review it.`}
          </p>
        </>
      ) : null}

      {command === "return" ? (
        <TextArea
          id={id("comment")}
          label="Comment for the checker"
          value={text}
          placeholder="What needs to change before this verdict can be published"
          onChange={setText}
          autoFocus
        />
      ) : null}

      {command === "correct" ? (
        <>
          <VerdictSelect id={id("verdict")} label="Corrected verdict" value={verdict} exclude={claim.verdict} onChange={setVerdict} />
          <TextArea
            id={id("reason")}
            label="Reason (shown in the correction note)"
            value={text}
            placeholder="What was wrong, and what changed"
            onChange={setText}
          />
          <TextArea
            id={id("rationale")}
            label="New rationale (optional)"
            value={rationale}
            placeholder="Leave empty to keep the published rationale"
            onChange={setRationale}
          />
        </>
      ) : null}

      <FormError message={error} />
      <div className="form-actions">
        <button type="submit" className="button primary small" disabled={pending}>
          {pending ? "Saving…" : COMMAND_LABELS[command]}
        </button>
        <button type="button" className="button small" onClick={onCancel} disabled={pending}>
          Cancel
        </button>
      </div>
    </form>
  );
}
