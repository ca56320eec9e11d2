import type { TStance } from "../schemas/vocabulary";

export type TWeighedLink = { stance: TStance; strength: number; reliability: number };

export type TEvidenceBalanceLabel = "no evidence" | "supported" | "disputed" | "contested" | "context only";

export type TEvidenceBalance = {
  support: number;
  dispute: number;
  context: number;
  /** -1 (all disputing) .. 1 (all supporting); 0 with neither. */
  balance: number;
  label: TEvidenceBalanceLabel;
};

const MAX_SCORE = 5;

/**
 * Weighs a claim's evidence: each link counts strength × reliability / 25
 * (0..1). "Contested" when each side weighs at least a third of the two.
 */
export function scoreEvidenceBalance(links: TWeighedLink[]): TEvidenceBalance {
  // Summed in integer units (strength × reliability), sorted, so the result
  // does not depend on the order of the links.
  const units: Record<TStance, number[]> = { supports: [], disputes: [], context: [] };
  for (const link of links) units[link.stance].push(clampScore(link.strength) * clampScore(link.reliability));
  const total = (values: number[]) => [...values].sort((a, b) => a - b).reduce((sum, value) => sum + value, 0);
  const supportUnits = total(units.supports);
  const disputeUnits = total(units.disputes);
  const contextUnits = total(units.context);

  const unit = MAX_SCORE * MAX_SCORE;
  const sides = supportUnits + disputeUnits;
  return {
    support: supportUnits / unit,
    dispute: disputeUnits / unit,
    context: contextUnits / unit,
    balance: sides > 0 ? (supportUnits - disputeUnits) / sides : 0,
    label: labelFor(supportUnits, disputeUnits, contextUnits),
  };
}

function labelFor(support: number, dispute: number, context: number): TEvidenceBalanceLabel {
  if (support + dispute === 0) return context > 0 ? "context only" : "no evidence";
  // Each side ≥ a third of both, i.e. neither outweighs the other twice over.
  if (2 * support >= dispute && 2 * dispute >= support) return "contested";
  return support > dispute ? "supported" : "disputed";
}

function clampScore(score: number): number {
  return Number.isFinite(score) ? Math.min(MAX_SCORE, Math.max(0, score)) : 0;
}
