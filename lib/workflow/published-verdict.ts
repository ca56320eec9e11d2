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
