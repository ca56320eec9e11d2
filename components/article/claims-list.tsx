"use client";

import { useDeferredValue, useMemo, useState } from "react";
import { shownVerdict } from "@/lib/workflow/published-verdict";
import type { TClaimView } from "@/lib/board/types";
import { CLAIM_KIND_LABELS } from "@/lib/schemas/vocabulary";
import { applyStrengthView, type TStrengthView } from "@/lib/strength/strength-view";
import { useBoardStore } from "../board/board-store";
import { useBoardStrengths, useClaimStrength } from "../board/board-strengths";
import { StrengthMeter } from "../strength/strength-meter";
import { StrengthViewControls } from "../strength/strength-view-controls";
import { StageBadge } from "../claim/stage-badge";
import { VerdictBadge } from "../claim/verdict-badge";
import { memberName } from "../claim/workflow-display";

export function ClaimsList({ claims, onOpenClaim }: { claims: TClaimView[]; onOpenClaim: (claimId: string) => void }) {
  const { board } = useBoardStore();
  const [query, setQuery] = useState("");
  const deferredQuery = useDeferredValue(query.trim().toLowerCase());
  const [strengthView, setStrengthView] = useState<TStrengthView>({ filter: null, sort: null });
  const strengths = useBoardStrengths();
  const finalStrengths = strengths.status === "settled" ? strengths.computed.strengths : null;
  const numbered = useMemo(() => claims.map((claim) => ({ id: claim.id, claim, number: claim.number })), [claims]);
  const byStrength = useMemo(
    () => applyStrengthView(numbered, strengthView, finalStrengths, board.relations),
    [numbered, strengthView, finalStrengths, board.relations],
  );
  const shown = deferredQuery
    ? byStrength.filter(({ claim }) =>
        `#${claim.number} ${claim.statement} ${claim.selector.exact} ${claim.speaker}`.toLowerCase().includes(deferredQuery),
      )
    : byStrength;
  return (
    <aside className="side-panel claims-list" aria-label="Claims">
      <header>
        <h2>Claims</h2>
        <span className="muted small">{shown.length === claims.length ? claims.length : `${shown.length} of ${claims.length}`}</span>
      </header>
      <div className="field">
        <label htmlFor="claims-search" className="sr-only">
          Search claims
        </label>
        <input
          id="claims-search"
          type="search"
          placeholder="Search statements and quotes"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      <StrengthViewControls idPrefix="claims-list" view={strengthView} state={strengths.status} onChange={setStrengthView} />
      <p className="muted small">Select text in the article to add a claim.</p>
      <ol className="plain-list">
        {shown.map(({ claim }) => (
          <li key={claim.id}>
            <button type="button" className="claim-list-item" onClick={() => onOpenClaim(claim.id)} data-claim-id={claim.id}>
              <span className="claim-number" aria-hidden="true">
                {claim.number}
              </span>
              <span className="claim-list-body">
                <span className="statement">{claim.statement}</span>
                <span className="meta">
                  <VerdictBadge verdict={shownVerdict(claim)} /> <span className="chip">{CLAIM_KIND_LABELS[claim.kind]}</span>
                  {claim.speaker ? <span className="muted small"> {claim.speaker}</span> : null}
                </span>
                <span className="meta workflow-meta">
                  <StageBadge stage={claim.stage} />
                  <ClaimListStrength claimId={claim.id} />
                  {claim.assigneeId ? (
                    <span className="muted small" data-testid="claim-assignee">
                      Assigned to {memberName(board.members, claim.assigneeId)}
                    </span>
                  ) : null}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ol>
    </aside>
  );
}

function ClaimListStrength({ claimId }: { claimId: string }) {
  return <StrengthMeter strength={useClaimStrength(claimId)} />;
}
