"use client";

import { useState, type FormEvent } from "react";
import { describeTextAnchor } from "@/lib/anchoring/describe-text-anchor";
import { CLAIM_KIND_LABELS, CLAIM_KINDS, type TClaimKind } from "@/lib/schemas/vocabulary";
import { useBoardStore } from "../board/board-store";
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
  const { board, api, dispatch } = useBoardStore();
  const quote = board.article.text.slice(range.start, range.end);
  const [statement, setStatement] = useState(quote);
  const [speaker, setSpeaker] = useState("the author");
  const [kind, setKind] = useState<TClaimKind>("other");
  const [checkable, setCheckable] = useState(true);
  const [checkworthiness, setCheckworthiness] = useState(0.5);
  const { pending, error, run } = useAsyncAction();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const claim = await api.createClaim({
        statement,
        selector: describeTextAnchor(board.article.text, range.start, range.end),
        speaker,
        kind,
        checkable,
        checkworthiness,
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
        <div className="field">
          <label htmlFor="new-claim-statement">Statement (neutral and checkable)</label>
          <textarea id="new-claim-statement" value={statement} onChange={(e) => setStatement(e.target.value)} required maxLength={1000} />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="new-claim-speaker">Speaker or attribution</label>
            <input id="new-claim-speaker" value={speaker} onChange={(e) => setSpeaker(e.target.value)} maxLength={200} />
          </div>
          <div className="field">
            <label htmlFor="new-claim-kind">Kind</label>
            <select id="new-claim-kind" value={kind} onChange={(e) => setKind(e.target.value as TClaimKind)}>
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
            <label htmlFor="new-claim-worthiness">Check-worthiness: {Math.round(checkworthiness * 100)}%</label>
            <input
              id="new-claim-worthiness"
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
