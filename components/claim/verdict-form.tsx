"use client";

import { useState, type FormEvent } from "react";
import type { TClaimView } from "@/lib/board/types";
import { VERDICTS, type TVerdict } from "@/lib/schemas/vocabulary";
import { VERDICT_SCALE } from "@/lib/verdicts/verdict-scale";
import { useBoardStore } from "../board/board-store";
import { recoverFromConflict } from "../board/recover-from-conflict";
import { FormError } from "../ui/form-error";
import { useAsyncAction } from "../ui/use-async-action";

export function VerdictForm({ claim }: { claim: TClaimView }) {
  const { api, dispatch } = useBoardStore();
  const [verdict, setVerdict] = useState<TVerdict>(claim.verdict);
  const [rationale, setRationale] = useState(claim.verdictRationale);
  const [saved, setSaved] = useState(false);
  const { pending, error, run } = useAsyncAction();
  const unchanged = verdict === claim.verdict && rationale === claim.verdictRationale;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    void run(async () => {
      // On a version conflict the teammate's version shows; the user's choice stays in the form.
      const showClaim = (saved: TClaimView) => dispatch({ type: "claimSaved", claim: saved });
      const save = () => api.updateClaim(claim.id, { version: claim.version, verdict, verdictRationale: rationale });
      showClaim(await recoverFromConflict(save, showClaim));
      setSaved(true);
    });
  };

  return (
    <form onSubmit={submit} aria-label="Verdict">
      <div className="field">
        <label htmlFor={`verdict-${claim.id}`}>Verdict</label>
        <select id={`verdict-${claim.id}`} value={verdict} onChange={(e) => { setVerdict(e.target.value as TVerdict); setSaved(false); }}>
          {VERDICTS.map((value) => (
            <option key={value} value={value}>
              {VERDICT_SCALE[value].icon} {VERDICT_SCALE[value].label}
            </option>
          ))}
        </select>
        <p className="muted small verdict-description">{VERDICT_SCALE[verdict].description}</p>
      </div>
      <div className="field">
        <label htmlFor={`rationale-${claim.id}`}>Rationale</label>
        <textarea
          id={`rationale-${claim.id}`}
          value={rationale}
          placeholder="Why this verdict: what the evidence shows"
          onChange={(e) => { setRationale(e.target.value); setSaved(false); }}
        />
      </div>
      <FormError message={error} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={pending || unchanged}>
          {pending ? "Saving…" : "Save verdict"}
        </button>
        {saved && unchanged ? <span className="muted small" role="status">Saved.</span> : null}
      </div>
    </form>
  );
}
