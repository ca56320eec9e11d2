import type { TVerdict } from "../schemas/vocabulary";
import type { TWorkflowStage } from "./stages";

type TClaimVerdictFields = { stage: TWorkflowStage; verdict: TVerdict };

/**
 * The verdict readers see as a finding: only a published one. A verdict that
 * arrived without review (an import, a seed's classification, data from before
 * the workflow) shows as unverified until the team publishes one.
 */
export function publishedVerdict(claim: TClaimVerdictFields): TVerdict {
  return claim.stage === "published" ? claim.verdict : "unverified";
}

/** A verdict the claim carries that nobody reviewed, to show as such; null when there is none. */
export function unreviewedVerdict(claim: TClaimVerdictFields): TVerdict | null {
  return claim.stage !== "published" && claim.verdict !== "unverified" ? claim.verdict : null;
}

/**
 * The one verdict label a claim wears in every view (article, claims list, panel, review card, graph):
 * the published verdict; before that, "Opinion" for a claim marked not checkable (or classed as opinion),
 * since an opinion is recorded but never fact-checked, and "Unverified" for everything else.
 */
export function shownVerdict(claim: TClaimVerdictFields & { checkable: boolean }): TVerdict {
  if (claim.stage === "published") return claim.verdict;
  return isOpinion(claim) ? "opinion" : "unverified";
}

/** A claim the team marked not checkable, or classed as opinion: shown, never reviewed as a fact. */
export function isOpinion(claim: { checkable: boolean; verdict: TVerdict }): boolean {
  return !claim.checkable || claim.verdict === "opinion";
}
