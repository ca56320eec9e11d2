"use client";

import { useState, type FormEvent } from "react";
import type { TClaimView } from "@/lib/board/types";
import { CLAIM_KIND_LABELS, CLAIM_KINDS, type TClaimKind } from "@/lib/schemas/vocabulary";
import { ApiError } from "../board/api-error";
import { useBoardStore } from "../board/board-store";
import { FormError } from "../ui/form-error";
import { useAsyncAction } from "../ui/use-async-action";

/** Edits what the claim says and how it is classed; the quote itself stays anchored. */
export function ClaimDetailsForm({ claim, onDone }: { claim: TClaimView; onDone: () => void }) {
  const { api, dispatch } = useBoardStore();
  const [statement, setStatement] = useState(claim.statement);
  const [speaker, setSpeaker] = useState(claim.speaker);
  const [kind, setKind] = useState<TClaimKind>(claim.kind);
  const [checkable, setCheckable] = useState(claim.checkable);
  const [checkworthiness, setCheckworthiness] = useState(claim.checkworthiness);
  const { pending, error, run } = useAsyncAction();
  const id = (name: string) => `claim-${name}-${claim.id}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      try {
        const updated = await api.updateClaim(claim.id, { version: claim.version, statement, speaker, kind, checkable, checkworthiness });
        dispatch({ type: "claimSaved", claim: updated });
        onDone();
      } catch (caught) {
        if (caught instanceof ApiError && caught.status === 409 && caught.body.current) {
          dispatch({ type: "claimSaved", claim: caught.body.current as TClaimView });
        }
        throw caught;
      }
    });
  };

  return (
    <form onSubmit={submit} aria-label="Edit claim">
      <div className="field">
        <label htmlFor={id("statement")}>Statement</label>
        <textarea id={id("statement")} value={statement} onChange={(e) => setStatement(e.target.value)} required maxLength={1000} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={id("speaker")}>Speaker or attribution</label>
          <input id={id("speaker")} value={speaker} onChange={(e) => setSpeaker(e.target.value)} maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor={id("kind")}>Kind</label>
          <select id={id("kind")} value={kind} onChange={(e) => setKind(e.target.value as TClaimKind)}>
            {CLAIM_KINDS.map((value) => (
              <option key={value} value={value}>
                {CLAIM_KIND_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field-row">
        <label className="checkbox">
          <input type="checkbox" checked={!checkable} onChange={(e) => setCheckable(!e.target.checked)} /> Opinion or
          assessment (not checkable)
        </label>
        <div className="field">
          <label htmlFor={id("worthiness")}>Check-worthiness: {Math.round(checkworthiness * 100)}%</label>
          <input
            id={id("worthiness")}
            type="range"
            min={0}
            max={1}
            step={0.05}
            value={checkworthiness}
            onChange={(e) => setCheckworthiness(Number(e.target.value))}
          />
        </div>
      </div>
      <FormError message={error} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={pending}>
          {pending ? "Saving…" : "Save claim"}
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
