"use client";

import Link from "next/link";
import { claimPermalinkPath } from "@/lib/board/claim-permalink";
import { useState } from "react";
import { isOpinion, shownVerdict, unreviewedVerdict } from "@/lib/workflow/published-verdict";
import type { TClaimView } from "@/lib/board/types";
import { CLAIM_KIND_LABELS } from "@/lib/schemas/vocabulary";
import { scoreEvidenceBalance, type TEvidenceBalanceLabel } from "@/lib/scoring/evidence-balance";

// Worded so a balance of evidence is never mistaken for a verdict.
const BALANCE_WORDING: Record<TEvidenceBalanceLabel, string> = {
  "no evidence": "none linked yet",
  supported: "leans supporting",
  disputed: "leans disputing",
  contested: "weighty evidence on both sides",
  "context only": "context only",
};
import { useBoardStore } from "../board/board-store";
import { ClaimDiscussion } from "../comments/claim-discussion";
import { ClaimStrength } from "../strength/claim-strength";
import { FormError } from "../ui/form-error";
import { useAsyncAction } from "../ui/use-async-action";
import { ClaimDetailsForm } from "./claim-details-form";
import { ClaimEvidenceList } from "./claim-evidence-list";
import { ClaimHistory } from "./claim-history";
import { ClaimPremiseGroups } from "./claim-premise-groups";
import { ClaimRelations } from "./claim-relations";
import { ClaimUndercuts } from "./claim-undercuts";
import { ClaimWorkflow } from "./claim-workflow";
import { LinkEvidenceForm } from "./link-evidence-form";
import { QuoteInContext } from "./quote-in-context";
import { useQuoteWindow } from "./use-quote-window";
import { useViewerCan } from "./use-viewer-can";
import { VerdictBadge } from "./verdict-badge";

function EvidenceBalance({ claim }: { claim: TClaimView }) {
  const { board } = useBoardStore();
  const reliability = new Map(board.evidence.map((item) => [item.id, item.reliability]));
  const links = board.links.filter((link) => link.claimId === claim.id);
  const balance = scoreEvidenceBalance(
    links.map((link) => ({ stance: link.stance, strength: link.strength, reliability: reliability.get(link.evidenceId) ?? 1 })),
  );
  const count = (stance: string) => links.filter((link) => link.stance === stance).length;
  return (
    <p className="small" data-testid="evidence-balance" title="Each link weighs its strength × the source's reliability">
      <strong>Balance: {BALANCE_WORDING[balance.label]}.</strong> {count("supports")} supporting · {count("disputes")}{" "}
      disputing · {count("context")} context
    </p>
  );
}

function ClaimQuote({ claim }: { claim: TClaimView }) {
  const { context, loading } = useQuoteWindow(claim);
  return <QuoteInContext claim={claim} context={context} loading={loading} />;
}

/** Everything about one claim: its quote in context, verdict, and evidence by stance. */
export function ClaimPanel({
  claimId,
  onClose,
  onOpenEvidence,
  onOpenClaim,
}: {
  claimId: string;
  onClose: () => void;
  onOpenEvidence?: (evidenceId: string) => void;
  onOpenClaim?: (claimId: string) => void;
}) {
  const { board, api, dispatch, loading } = useBoardStore();
  const [editingId, setEditingId] = useState<string | null>(null);
  const { pending, error, run } = useAsyncAction();
  const claim = board.claims.find((item) => item.id === claimId);
  const may = useViewerCan();
  if (!claim) {
    return (
      <aside className="side-panel" aria-label="Claim">
        <p>{loading ? "Loading this claim…" : "This claim no longer exists."}</p>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </aside>
    );
  }
  const remove = () => {
    if (!window.confirm("Delete this claim with its evidence links? The evidence itself stays.")) return;
    void run(async () => {
      await api.deleteClaim(claim.id);
      dispatch({ type: "claimDeleted", claimId: claim.id });
      onClose();
    });
  };
  // An opinion already wears its one label (shownVerdict); anything else carried without review is named as such.
  const recorded = isOpinion(claim) ? null : unreviewedVerdict(claim);
  return (
    <aside className="side-panel" aria-labelledby={`claim-title-${claim.id}`} data-testid="claim-panel" data-claim-id={claim.id}>
      <header>
        <div>
          <p className="muted small">
            <Link href={claimPermalinkPath(board.id, claim.number)} data-testid="claim-permalink" title="This claim's permanent link">
              Claim #{claim.number}
            </Link>
            {claim.speaker ? ` · ${claim.speaker}` : ""} · <span className="chip">{CLAIM_KIND_LABELS[claim.kind]}</span>
            {claim.checkable ? null : <span className="chip">Not checkable</span>}
          </p>
          <h2 id={`claim-title-${claim.id}`}>{claim.statement}</h2>
          <VerdictBadge verdict={shownVerdict(claim)} />{" "}
          <span className="muted small">Check-worthiness {Math.round(claim.checkworthiness * 100)}%</span>
          {recorded ? (
            <p className="muted small" data-testid="unreviewed-verdict">
              Recorded without review: <VerdictBadge verdict={recorded} /> It counts once the team publishes a verdict.
            </p>
          ) : null}
        </div>
        <button type="button" className="button quiet" onClick={onClose} aria-label="Close claim panel">
          ✕
        </button>
      </header>
      {editingId === claim.id ? (
        <section aria-label="Edit claim">
          <ClaimDetailsForm claim={claim} onDone={() => setEditingId(null)} />
        </section>
      ) : may("claim.edit") ? (
        <div className="form-actions">
          <button type="button" className="button small" onClick={() => setEditingId(claim.id)}>
            Edit claim
          </button>
        </div>
      ) : null}
      <section aria-label="Quote in context">
        <h3>In the article</h3>
        <ClaimQuote claim={claim} />
      </section>
      <ClaimWorkflow key={claim.id} claim={claim} />
      <ClaimStrength claim={claim} />
      <section aria-label="Evidence">
        <h3>Evidence</h3>
        <EvidenceBalance claim={claim} />
        <ClaimEvidenceList claim={claim} onOpenEvidence={onOpenEvidence} />
        {may("link.create") ? <LinkEvidenceForm key={claim.id} claim={claim} /> : null}
      </section>
      <section aria-label="Argument">
        <h3>In the argument</h3>
        <ClaimRelations claim={claim} onOpenClaim={onOpenClaim} />
        <h4>Undercuts</h4>
        <ClaimUndercuts claim={claim} onOpenClaim={onOpenClaim} />
        <h4>Linked premises</h4>
        <ClaimPremiseGroups claim={claim} onOpenClaim={onOpenClaim} />
      </section>
      {/* Discussion and history are internal: members only, even on a public board. */}
      {may("discussion.read") ? (
        <>
          <ClaimDiscussion key={claim.id} claimId={claim.id} />
          <section aria-label="History">
            <ClaimHistory key={claim.id} claimId={claim.id} version={claim.version} />
          </section>
        </>
      ) : null}
      {may("claim.delete") ? (
        <section aria-label="Danger zone">
          <FormError message={error} />
          <button type="button" className="button small danger" onClick={remove} disabled={pending}>
            Delete claim
          </button>
        </section>
      ) : null}
    </aside>
  );
}
