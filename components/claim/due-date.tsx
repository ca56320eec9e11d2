"use client";

import { useState, type FormEvent } from "react";
import type { TClaimView } from "@/lib/board/types";
import { useBoardStore } from "../board/board-store";
import { recoverFromConflict } from "../board/recover-from-conflict";
import { FormError } from "../ui/form-error";
import { useAsyncAction } from "../ui/use-async-action";
import { formatDay } from "./workflow-display";

/** The claim's due date; editors can set or clear it. */
export function DueDate({ claim, editable }: { claim: TClaimView; editable: boolean }) {
  const { api, dispatch } = useBoardStore();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(claim.dueOn ?? "");
  const { pending, error, run } = useAsyncAction();
  const shown = claim.dueOn ? formatDay(claim.dueOn) : null;

  const save = (dueOn: string | null) =>
    void run(async () => {
      const showClaim = (current: TClaimView) => dispatch({ type: "claimSaved", claim: current });
      const { claim: saved } = await recoverFromConflict(() => api.setDueDate(claim.id, dueOn, claim.version), showClaim);
      showClaim(saved);
      setEditing(false);
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save(value || null);
  };

  if (!editing) {
    return (
      <span className="due-date">
        {shown ?? <span className="muted">No due date</span>}
        {editable ? (
          <button type="button" className="button quiet small" onClick={() => setEditing(true)}>
            {shown ? "Change due date" : "Set due date"}
          </button>
        ) : null}
      </span>
    );
  }
  const inputId = `due-on-${claim.id}`;
  return (
    <form onSubmit={submit} className="due-date-form" aria-label="Due date">
      <label htmlFor={inputId} className="sr-only">
        Due date
      </label>
      <input id={inputId} type="date" value={value} onChange={(e) => setValue(e.target.value)} autoFocus />
      <div className="form-actions">
        <button type="submit" className="button small primary" disabled={pending}>
          Save due date
        </button>
        {claim.dueOn ? (
          <button type="button" className="button small" disabled={pending} onClick={() => save(null)}>
            Clear
          </button>
        ) : null}
        <button type="button" className="button small" disabled={pending} onClick={() => setEditing(false)}>
          Cancel
        </button>
      </div>
      <FormError message={error} />
    </form>
  );
}
