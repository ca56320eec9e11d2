"use client";

import { useState, type FormEvent } from "react";
import type { TClaimView } from "@/lib/board/types";
import { useBoardStore } from "../board/board-store";
import { recoverFromConflict } from "../board/recover-from-conflict";
import { FormError } from "../ui/form-error";
import { useAsyncAction } from "../ui/use-async-action";
import { ClaimFields, type TClaimFieldValues } from "./claim-fields";

/** Edits what the claim says and how it is classed; the quote itself stays anchored. */
export function ClaimDetailsForm({ claim, onDone }: { claim: TClaimView; onDone: () => void }) {
  const { api, dispatch } = useBoardStore();
  const [values, setValues] = useState<TClaimFieldValues>({
    statement: claim.statement,
    speaker: claim.speaker,
    kind: claim.kind,
    checkable: claim.checkable,
    checkworthiness: claim.checkworthiness,
  });
  const { pending, error, run } = useAsyncAction();
  const showClaim = (saved: TClaimView) => dispatch({ type: "claimSaved", claim: saved });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      showClaim(await recoverFromConflict(() => api.updateClaim(claim.id, { version: claim.version, ...values }), showClaim));
      onDone();
    });
  };

  return (
    <form onSubmit={submit} aria-label="Edit claim">
      <ClaimFields idPrefix={`claim-${claim.id}`} values={values} onChange={setValues} />
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
