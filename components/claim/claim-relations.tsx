"use client";

import { useState, type FormEvent } from "react";
import { shownVerdict } from "@/lib/workflow/published-verdict";
import type { TClaimRelationView, TClaimView } from "@/lib/board/types";
import type { TRelationType } from "@/lib/schemas/vocabulary";
import { useBoardStore } from "../board/board-store";
import { useViewerCan } from "./use-viewer-can";
import { FormActions } from "../ui/form-actions";
import { FormError } from "../ui/form-error";
import { useAsyncAction } from "../ui/use-async-action";
import { useOfferUndo } from "../ui/undo-toast";
import { VerdictBadge } from "./verdict-badge";

type TDirection = "outgoing" | "incoming";
const WORDING: Record<TDirection, Record<TRelationType, string>> = {
  outgoing: { supports: "This claim supports", attacks: "This claim attacks" },
  incoming: { supports: "Supported by", attacks: "Attacked by" },
};
const CHOICES = [
  { value: "outgoing:supports", label: "This claim supports…" },
  { value: "outgoing:attacks", label: "This claim attacks…" },
  { value: "incoming:supports", label: "This claim is supported by…" },
  { value: "incoming:attacks", label: "This claim is attacked by…" },
] as const;

/** The claim's place in the article's argument: what it supports or attacks, and what bears on it. */
export function ClaimRelations({ claim, onOpenClaim }: { claim: TClaimView; onOpenClaim?: (claimId: string) => void }) {
  const { board, api, dispatch } = useBoardStore();
  const can = useViewerCan();
  const { pending, error, run } = useAsyncAction();
  const [adding, setAdding] = useState(false);
  const [choice, setChoice] = useState<(typeof CHOICES)[number]["value"]>("outgoing:supports");
  const [otherId, setOtherId] = useState("");
  const claimsById = new Map(board.claims.map((c) => [c.id, c]));
  const related = board.relations.flatMap((relation) => {
    const direction: TDirection | null =
      relation.fromClaimId === claim.id ? "outgoing" : relation.toClaimId === claim.id ? "incoming" : null;
    const other = direction && claimsById.get(direction === "outgoing" ? relation.toClaimId : relation.fromClaimId);
    return direction && other ? [{ relation, direction, other }] : [];
  });

  const offerUndo = useOfferUndo();
  const remove = (relation: TClaimRelationView) =>
    void run(async () => {
      await api.deleteRelation(relation.id);
      dispatch({ type: "relationDeleted", relationId: relation.id });
      offerUndo({
        message: "Removed the relation.",
        // Made again as it was: same claims, type and note (a new relation, logged as such).
        undo: async () => {
          const { fromClaimId, toClaimId, type, note } = relation;
          dispatch({ type: "relationSaved", relation: await api.createRelation({ fromClaimId, toClaimId, type, note }) });
        },
      });
    });
  const add = (event: FormEvent) => {
    event.preventDefault();
    const [direction, type] = choice.split(":") as [TDirection, TRelationType];
    void run(async () => {
      const relation = await api.createRelation({
        fromClaimId: direction === "outgoing" ? claim.id : otherId,
        toClaimId: direction === "outgoing" ? otherId : claim.id,
        type,
      });
      dispatch({ type: "relationSaved", relation });
      setAdding(false);
      setOtherId("");
    });
  };

  return (
    <div>
      {related.length === 0 ? <p className="muted small">Not connected to other claims yet.</p> : null}
      <ul className="plain-list">
        {related.map(({ relation, direction, other }) => (
          <li key={relation.id} className="evidence-item" data-testid="claim-relation">
            <p className="small">
              <strong className={`relation-${relation.type}`}>
                {relation.type === "supports" ? "↗" : "⤫"} {WORDING[direction][relation.type]}
              </strong>{" "}
              <VerdictBadge verdict={shownVerdict(other)} />
            </p>
            {onOpenClaim ? (
              <button type="button" className="link-button" onClick={() => onOpenClaim(other.id)}>
                {other.statement}
              </button>
            ) : (
              <span>{other.statement}</span>
            )}
            {relation.note ? <p className="muted small">{relation.note}</p> : null}
            {can("relation.delete") ? (
              <div className="form-actions">
                <button type="button" className="button small danger" disabled={pending} onClick={() => remove(relation)}>
                  Remove relation
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {adding ? (
        <form onSubmit={add} aria-label="Relate to another claim">
          <div className="field">
            <label htmlFor={`relation-kind-${claim.id}`}>Relation</label>
            <select id={`relation-kind-${claim.id}`} value={choice} onChange={(e) => setChoice(e.target.value as typeof choice)}>
              {CHOICES.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`relation-other-${claim.id}`}>Other claim</label>
            <select id={`relation-other-${claim.id}`} value={otherId} onChange={(e) => setOtherId(e.target.value)} required>
              <option value="">Choose a claim…</option>
              {board.claims
                .filter((c) => c.id !== claim.id)
                .map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.statement.length > 90 ? `${c.statement.slice(0, 90)}…` : c.statement}
                  </option>
                ))}
            </select>
          </div>
          <FormError message={error} />
          <FormActions submitLabel="Add relation" disabled={pending || !otherId} onCancel={() => setAdding(false)} />
        </form>
      ) : (
        <>
          <FormError message={error} />
          {can("relation.create") ? (
            <button type="button" className="button" onClick={() => setAdding(true)}>
              + Relate to another claim
            </button>
          ) : null}
        </>
      )}
    </div>
  );
}
