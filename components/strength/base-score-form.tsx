"use client";

import { useState, type FormEvent } from "react";
import type { TClaimView } from "@/lib/board/types";
import { useBoardStore } from "../board/board-store";
import { recoverFromConflict } from "../board/recover-from-conflict";
import { FormError } from "../ui/form-error";
import { useAsyncAction } from "../ui/use-async-action";

/** Sets the claim's base score τ (0..1): where its strength starts before evidence and argument move it. */
export function BaseScoreForm({ claim }: { claim: TClaimView }) {
  const { api, dispatch } = useBoardStore();
  const [value, setValue] = useState(String(claim.baseScore));
  const { pending, error, setError, run } = useAsyncAction();
  const inputId = `base-score-${claim.id}`;
  const showClaim = (saved: TClaimView) => dispatch({ type: "claimSaved", claim: saved });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const baseScore = Number(value);
    if (value.trim() === "" || !Number.isFinite(baseScore) || baseScore < 0 || baseScore > 1) {
      setError("The base score must be a number from 0 to 1.");
      return;
    }
    void run(async () => {
      showClaim(await recoverFromConflict(() => api.updateClaim(claim.id, { version: claim.version, baseScore }), showClaim));
    });
  };
  const unchanged = Number(value) === claim.baseScore;

  return (
    <form className="base-score-form" onSubmit={submit} aria-label="Base score">
      <div className="field">
        <label htmlFor={inputId}>Base score (0 to 1)</label>
        <input
          id={inputId}
          type="number"
          inputMode="decimal"
          min={0}
          max={1}
          step={0.01}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-describedby={`${inputId}-hint`}
        />
      </div>
      <button type="submit" className="button small" disabled={pending || unchanged}>
        {pending ? "Saving…" : "Save base score"}
      </button>
      <p id={`${inputId}-hint`} className="muted small" style={{ flexBasis: "100%", margin: 0 }}>
        Where the strength starts before evidence and argument move it; 0.5 is neutral.
      </p>
      <FormError message={error} />
    </form>
  );
}
