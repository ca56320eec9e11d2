"use client";

import { memo } from "react";
import { ClaimPanel } from "../claim/claim-panel";
import { EvidencePanel } from "../evidence/evidence-panel";

export type TOpened = { kind: "claim" | "evidence"; id: string } | null;

/** The claim or evidence panel; memoised so dragging nodes does not re-render it. */
export const GraphSidePanel = memo(function GraphSidePanel({
  opened,
  onClose,
  onOpenClaim,
  onOpenEvidence,
}: {
  opened: NonNullable<TOpened>;
  onClose: () => void;
  onOpenClaim: (claimId: string) => void;
  onOpenEvidence: (evidenceId: string) => void;
}) {
  return opened.kind === "claim" ? (
    <ClaimPanel key={opened.id} claimId={opened.id} onClose={onClose} onOpenEvidence={onOpenEvidence} onOpenClaim={onOpenClaim} />
  ) : (
    <EvidencePanel key={opened.id} evidenceId={opened.id} onClose={onClose} onOpenClaim={onOpenClaim} />
  );
});
