"use client";

import { useState, type FormEvent } from "react";
import { premiseNames } from "@/lib/board/describe-argument";
import type { TClaimView, TPremiseGroupView } from "@/lib/board/types";
import type { TRelationType } from "@/lib/schemas/vocabulary";
import { useBoardStore } from "../board/board-store";
import { FormActions } from "../ui/form-actions";
import { FormError } from "../ui/form-error";
import { useAsyncAction } from "../ui/use-async-action";
import { useViewerCan } from "./use-viewer-can";

const short = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

type TDraft = { toClaimId: string; type: TRelationType; premiseClaimIds: string[]; note: string };

/** Linked premises around a claim: groups that bear on it together, and groups it is a premise of. */
export function ClaimPremiseGroups({ claim, onOpenClaim }: { claim: TClaimView; onOpenClaim?: (claimId: string) => void }) {
  const { board, api, dispatch } = useBoardStore();
  const can = useViewerCan();
  const { pending, error, setError, run } = useAsyncAction();
  // null: no form; "new": a new group with this claim as a premise; else the id of the group being edited.
  const [form, setForm] = useState<{ groupId: string | null; draft: TDraft } | null>(null);
  const statements = new Map(board.claims.map((c) => [c.id, c.statement]));
  const groups = board.premiseGroups.filter((group) => group.toClaimId === claim.id || group.premiseClaimIds.includes(claim.id));

  const remove = (group: TPremiseGroupView) =>
    void run(async () => {
      await api.deletePremiseGroup(group.id);
      dispatch({ type: "premiseGroupDeleted", groupId: group.id });
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form) return;
    const { groupId, draft } = form;
    if (draft.premiseClaimIds.length < 2) {
      setError("Choose at least two premises: a group is claims that work only together.");
      return;
    }
    void run(async () => {
      const group = groupId
        ? await api.updatePremiseGroup(groupId, { premiseClaimIds: draft.premiseClaimIds, type: draft.type, note: draft.note })
        : await api.createPremiseGroup(draft);
      dispatch({ type: "premiseGroupSaved", group });
      setForm(null);
    });
  };
  const edit = (group: TPremiseGroupView) =>
    setForm({ groupId: group.id, draft: { toClaimId: group.toClaimId, type: group.type, premiseClaimIds: group.premiseClaimIds, note: group.note } });
  const togglePremise = (id: string, on: boolean) =>
    form &&
    setForm({
      ...form,
      draft: { ...form.draft, premiseClaimIds: on ? [...form.draft.premiseClaimIds, id] : form.draft.premiseClaimIds.filter((p) => p !== id) },
    });

  const formId = `premise-group-${claim.id}`;
  return (
    <div data-testid="claim-premise-groups">
      {groups.length === 0 ? <p className="muted small">Not in a group of linked premises.</p> : null}
      <ul className="plain-list">
        {groups.map((group) => {
          const onThis = group.toClaimId === claim.id;
          return (
            <li key={group.id} className="evidence-item" data-testid="claim-premise-group">
              <p className="small">
                <strong className={`relation-${group.type}`}>
                  ⋈ {onThis ? `Together ${group.type === "supports" ? "support" : "attack"} this claim` : `Together with others, ${group.type}`}
                </strong>
              </p>
              {onThis ? (
                <p className="small">{premiseNames(board, group)}</p>
              ) : (
                <>
                  <p className="small">With {premiseNames(board, group, claim.id)}, {group.type}:</p>
                  {onOpenClaim ? (
                    <button type="button" className="link-button" onClick={() => onOpenClaim(group.toClaimId)}>
                      {statements.get(group.toClaimId)}
                    </button>
                  ) : (
                    <span>{statements.get(group.toClaimId)}</span>
                  )}
                </>
              )}
              {group.note ? <p className="muted small">{group.note}</p> : null}
              <div className="form-actions">
                {can("relation.edit") ? (
                  <button type="button" className="button small" onClick={() => edit(group)} aria-label="Edit premise group">
                    Edit group
                  </button>
                ) : null}
                {can("relation.delete") ? (
                  <button type="button" className="button small danger" disabled={pending} onClick={() => remove(group)}>
                    Remove group
                  </button>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
      {form ? (
        <form onSubmit={submit} aria-label={form.groupId ? "Edit premise group" : "New premise group"}>
          {form.groupId ? (
            <p className="small">
              On <strong>{short(statements.get(form.draft.toClaimId) ?? "")}</strong>
            </p>
          ) : (
            <div className="field">
              <label htmlFor={`${formId}-target`}>Claim they bear on together</label>
              <select
                id={`${formId}-target`}
                value={form.draft.toClaimId}
                required
                onChange={(e) =>
                  setForm({ ...form, draft: { ...form.draft, toClaimId: e.target.value, premiseClaimIds: form.draft.premiseClaimIds.filter((p) => p !== e.target.value) } })
                }
              >
                <option value="">Choose a claim…</option>
                {board.claims
                  .filter((c) => c.id !== claim.id)
                  .map((c) => (
                    <option key={c.id} value={c.id}>
                      {short(c.statement)}
                    </option>
                  ))}
              </select>
            </div>
          )}
          <div className="field">
            <label htmlFor={`${formId}-type`}>Together they</label>
            <select id={`${formId}-type`} value={form.draft.type} onChange={(e) => setForm({ ...form, draft: { ...form.draft, type: e.target.value as TRelationType } })}>
              <option value="supports">support it</option>
              <option value="attacks">attack it</option>
            </select>
          </div>
          <fieldset className="field premise-choices">
            <legend>Premises (at least two)</legend>
            {board.claims
              .filter((c) => c.id !== form.draft.toClaimId)
              .map((c) => (
                <label key={c.id} className="checkbox-row small">
                  <input
                    type="checkbox"
                    checked={form.draft.premiseClaimIds.includes(c.id)}
                    onChange={(e) => togglePremise(c.id, e.target.checked)}
                  />{" "}
                  {c.id === claim.id ? <strong>This claim: </strong> : null}
                  {short(c.statement)}
                </label>
              ))}
          </fieldset>
          <div className="field">
            <label htmlFor={`${formId}-note`}>Note (optional)</label>
            <textarea id={`${formId}-note`} rows={2} value={form.draft.note} onChange={(e) => setForm({ ...form, draft: { ...form.draft, note: e.target.value } })} />
          </div>
          <FormError message={error} />
          <FormActions
            submitLabel={form.groupId ? "Save group" : "Add premise group"}
            disabled={pending || !form.draft.toClaimId}
            onCancel={() => setForm(null)}
          />
        </form>
      ) : (
        <>
          <FormError message={error} />
          {can("relation.create") ? (
            <button
              type="button"
              className="button"
              onClick={() => setForm({ groupId: null, draft: { toClaimId: "", type: "supports", premiseClaimIds: [claim.id], note: "" } })}
            >
              + Linked premises with other claims
            </button>
          ) : null}
        </>
      )}
    </div>
  );
}
