"use client";

import { useState, type FormEvent } from "react";
import { describeUndercutTarget, undercutChoices } from "@/lib/board/describe-argument";
import type { TClaimView, TUndercutView } from "@/lib/board/types";
import { useBoardStore } from "../board/board-store";
import { FormActions } from "../ui/form-actions";
import { FormError } from "../ui/form-error";
import { useAsyncAction } from "../ui/use-async-action";
import { useViewerCan } from "./use-viewer-can";

/**
 * Undercuts around a claim: the ones that weaken an edge into it ("this source is sound, but does not
 * bear on the claim") and the ones it makes on other edges. Each can have its note edited or be removed.
 */
export function ClaimUndercuts({ claim, onOpenClaim }: { claim: TClaimView; onOpenClaim?: (claimId: string) => void }) {
  const { board, api, dispatch } = useBoardStore();
  const can = useViewerCan();
  const { pending, error, run } = useAsyncAction();
  const [adding, setAdding] = useState(false);
  const [targetKey, setTargetKey] = useState("");
  const [note, setNote] = useState("");
  const [editing, setEditing] = useState<{ id: string; note: string } | null>(null);
  const statements = new Map(board.claims.map((c) => [c.id, c.statement]));

  const rows = board.undercuts.flatMap((undercut) => {
    const edge = describeUndercutTarget(board, undercut.target);
    if (!edge) return [];
    if (undercut.fromClaimId === claim.id) return [{ undercut, edge, made: true }];
    return edge.claimId === claim.id ? [{ undercut, edge, made: false }] : [];
  });
  const choices = adding ? undercutChoices(board, claim.id) : [];

  const remove = (undercut: TUndercutView) =>
    void run(async () => {
      await api.deleteUndercut(undercut.id);
      dispatch({ type: "undercutDeleted", undercutId: undercut.id });
    });
  const saveNote = (event: FormEvent) => {
    event.preventDefault();
    if (!editing) return;
    void run(async () => {
      const undercut = await api.updateUndercut(editing.id, { note: editing.note });
      dispatch({ type: "undercutSaved", undercut });
      setEditing(null);
    });
  };
  const add = (event: FormEvent) => {
    event.preventDefault();
    const choice = choices.find((c) => `${c.target.type}:${c.target.id}` === targetKey);
    if (!choice) return;
    void run(async () => {
      const undercut = await api.createUndercut({ fromClaimId: claim.id, target: choice.target, note });
      dispatch({ type: "undercutSaved", undercut });
      setAdding(false);
      setTargetKey("");
      setNote("");
    });
  };

  return (
    <div data-testid="claim-undercuts">
      {rows.length === 0 ? <p className="muted small">No undercuts.</p> : null}
      <ul className="plain-list">
        {rows.map(({ undercut, edge, made }) => (
          <li key={undercut.id} className="evidence-item" data-testid="claim-undercut">
            <p className="small">
              <strong className="undercut-word">⊘ {made ? "This claim undercuts" : "Undercut by"}</strong>{" "}
              {made ? null : onOpenClaim ? (
                <button type="button" className="link-button" onClick={() => onOpenClaim(undercut.fromClaimId)}>
                  {statements.get(undercut.fromClaimId)}
                </button>
              ) : (
                <span>{statements.get(undercut.fromClaimId)}</span>
              )}
            </p>
            <p className="small">{made ? edge.label : `on ${edge.label}`}</p>
            {editing?.id === undercut.id ? (
              <form onSubmit={saveNote} aria-label="Edit the undercut's note">
                <div className="field">
                  <label htmlFor={`undercut-note-${undercut.id}`}>Why it does not bear on the claim</label>
                  <textarea id={`undercut-note-${undercut.id}`} value={editing.note} onChange={(e) => setEditing({ ...editing, note: e.target.value })} rows={2} />
                </div>
                <div className="form-actions">
                  <button type="submit" className="button small primary" disabled={pending}>
                    Save note
                  </button>
                  <button type="button" className="button small" onClick={() => setEditing(null)}>
                    Cancel
                  </button>
                </div>
              </form>
            ) : undercut.note ? (
              <p className="muted small">{undercut.note}</p>
            ) : null}
            {editing?.id !== undercut.id && (can("relation.edit") || can("relation.delete")) ? (
              <div className="form-actions">
                {can("relation.edit") ? (
                  <button type="button" className="button small" onClick={() => setEditing({ id: undercut.id, note: undercut.note })}>
                    Edit note
                  </button>
                ) : null}
                {can("relation.delete") ? (
                  <button type="button" className="button small danger" disabled={pending} onClick={() => remove(undercut)}>
                    Remove undercut
                  </button>
                ) : null}
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {adding ? (
        <form onSubmit={add} aria-label="Undercut an edge">
          <div className="field">
            <label htmlFor={`undercut-target-${claim.id}`}>Edge this claim undercuts</label>
            <select id={`undercut-target-${claim.id}`} value={targetKey} onChange={(e) => setTargetKey(e.target.value)} required>
              <option value="">Choose a link or relation…</option>
              {choices.map((choice) => (
                <option key={`${choice.target.type}:${choice.target.id}`} value={`${choice.target.type}:${choice.target.id}`}>
                  {choice.target.type === "link" ? "Evidence: " : "Claims: "}
                  {choice.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`undercut-new-note-${claim.id}`}>Why it does not bear on the claim (optional)</label>
            <textarea id={`undercut-new-note-${claim.id}`} value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
          </div>
          <FormError message={error} />
          <FormActions submitLabel="Add undercut" disabled={pending || !targetKey} onCancel={() => setAdding(false)} />
        </form>
      ) : (
        <>
          <FormError message={error} />
          {can("relation.create") ? (
            <button type="button" className="button" onClick={() => setAdding(true)}>
              + Undercut a link or relation
            </button>
          ) : null}
        </>
      )}
    </div>
  );
}
