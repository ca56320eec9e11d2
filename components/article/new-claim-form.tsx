"use client";

import { useState, type FormEvent } from "react";
import { describeTextAnchor } from "@/lib/anchoring/describe-text-anchor";
import { useBoardStore } from "../board/board-store";
import { useRequiredArticleText } from "./article-text-context";
import { ClaimFields, type TClaimFieldValues } from "../claim/claim-fields";
import { FormError } from "../ui/form-error";
import { useAsyncAction } from "../ui/use-async-action";

/** A new claim anchored to the selected quote, with both selectors computed from the article. */
export function NewClaimForm({
  range,
  onCreated,
  onCancel,
}: {
  range: { start: number; end: number };
  onCreated: (claimId: string) => void;
  onCancel: () => void;
}) {
  const { api, dispatch } = useBoardStore();
  const text = useRequiredArticleText();
  const quote = text.slice(range.start, range.end);
  const [values, setValues] = useState<TClaimFieldValues>({
    statement: quote,
    speaker: "the author",
    kind: "other",
    checkable: true,
    checkworthiness: 0.5,
  });
  const { pending, error, run } = useAsyncAction();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const claim = await api.createClaim({
        ...values,
        selector: describeTextAnchor(text, range.start, range.end),
      });
      dispatch({ type: "claimSaved", claim });
      onCreated(claim.id);
    });
  };

  return (
    <aside className="side-panel" aria-labelledby="new-claim-title" data-testid="new-claim-panel">
      <header>
        <h2 id="new-claim-title">New claim</h2>
        <button type="button" className="button quiet" onClick={onCancel} aria-label="Cancel new claim">
          ✕
        </button>
      </header>
      <form onSubmit={submit} aria-label="New claim">
        <div className="field">
          <span>Quote</span>
          <blockquote className="quote-in-context" data-testid="new-claim-quote">
            {quote}
          </blockquote>
        </div>
        <ClaimFields idPrefix="new-claim" values={values} onChange={setValues} />
        <FormError message={error} />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={pending}>
            {pending ? "Saving…" : "Create claim"}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </aside>
  );
}
