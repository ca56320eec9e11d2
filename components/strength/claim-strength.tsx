"use client";

import { useMemo } from "react";
import type { TClaimView } from "@/lib/board/types";
import { describeContribution, formatStrength, summarizeStrength, type TStrengthLabels } from "@/lib/strength/describe-strength";
import { explainStrength, type TContribution } from "@/lib/strength/explain-strength";
import { useBoardStore } from "../board/board-store";
import { useBoardStrengths } from "../board/board-strengths";
import { useViewerCan } from "../claim/use-viewer-can";
import { BaseScoreForm } from "./base-score-form";
import { StrengthMeter } from "./strength-meter";
import { formatCount } from "@/lib/display/format-count";

const KIND_WORDS: Record<TContribution["kind"], string> = {
  supporter: "supporter",
  attacker: "attacker",
  undercut: "undercut",
};

/**
 * The claim's DF-QuAD strength in the claim panel, with "Why this strength":
 * every contribution ranked by how much it moved the result, in plain words.
 */
export function ClaimStrength({ claim }: { claim: TClaimView }) {
  const { board } = useBoardStore();
  const state = useBoardStrengths();
  const may = useViewerCan();
  const labels = useMemo<TStrengthLabels>(() => {
    const statements = new Map(board.claims.map((row) => [row.id, row.statement]));
    const titles = new Map(board.evidence.map((row) => [row.id, row.title]));
    return { claim: (id) => statements.get(id) ?? "a claim", evidence: (id) => titles.get(id) ?? "a source" };
  }, [board.claims, board.evidence]);
  const explanation = useMemo(() => {
    // Unsettled values are not final, so neither is how much each contribution moved them.
    if (state.status !== "settled" || !state.computed.strengths.has(claim.id)) return null;
    return explainStrength(state.computed.board, state.computed, claim.id);
  }, [state, claim.id]);

  const strength = state.status === "settled" ? (explanation?.strength ?? null) : state.status;
  return (
    <section aria-labelledby={`strength-title-${claim.id}`} data-testid="claim-strength">
      <h3 id={`strength-title-${claim.id}`}>Strength</h3>
      <p className="strength-large">
        <StrengthMeter strength={strength} />{" "}
        <span className="muted small">from a base score of {formatStrength(claim.baseScore)}</span>
      </p>
      {state.status === "pending" ? (
        <p className="muted small">The strength is computed once the whole board has loaded.</p>
      ) : null}
      {state.status === "unsettled" ? (
        <p className="small" role="status" data-testid="strength-unsettled">
          <strong>Not settled.</strong> The strengths on this board still changed after{" "}
          {formatCount(state.computed.rounds)} rounds (claims that attack each other in a loop can do that), so
          no value here is final.
        </p>
      ) : null}
      {explanation ? (
        <details open data-testid="strength-why">
          <summary>Why this strength</summary>
          <p className="small" data-testid="strength-summary">
            {summarizeStrength(explanation, labels)}
          </p>
          {explanation.contributions.length > 0 ? (
            <ol className="strength-why small" aria-label="Contributions, largest effect first">
              {explanation.contributions.map((contribution) => (
                <li key={contributionKey(contribution)} data-kind={contribution.kind}>
                  <span className="chip">{KIND_WORDS[contribution.kind]}</span> {describeContribution(contribution, labels)}{" "}
                  <span className="muted strength-effect">
                    (value {formatStrength(contribution.value)}, effect {signed(contribution.effect)})
                  </span>
                </li>
              ))}
            </ol>
          ) : null}
          <p className="muted small">
            Evidence counts reliability/5 × link strength/5; a claim counts its own strength. Supporters and attackers
            each combine as 1 − ∏(1 − v), then move the base score up or down by the difference (DF-QuAD).
          </p>
        </details>
      ) : null}
      {may("claim.edit") ? <BaseScoreForm key={`${claim.id}-${claim.version}`} claim={claim} /> : null}
    </section>
  );
}

function signed(value: number): string {
  const rounded = formatStrength(Math.abs(value));
  if (rounded === "0.00") return "±0.00";
  return `${value > 0 ? "+" : "−"}${rounded}`;
}

function contributionKey({ source }: TContribution): string {
  switch (source.type) {
    case "link":
      return `link:${source.linkId}`;
    case "relation":
      return `relation:${source.relationId}`;
    case "premiseGroup":
      return `group:${source.groupId}`;
    case "undercut":
      return `undercut:${source.undercutId}`;
  }
}
