import type { TRelationType, TStance } from "../schemas/vocabulary";

/** A claim's base score τ when it has none of its own. */
export const DEFAULT_BASE_SCORE = 0.5;

/** Reliability (evidence) and strength (link) both run 1..5. */
export const MAX_RATING = 5;

export type TStrengthClaim = { id: string; baseScore?: number };
export type TStrengthEvidence = { id: string; reliability: number };
export type TStrengthLink = { id: string; claimId: string; evidenceId: string; stance: TStance; strength: number };
export type TStrengthRelation = { id: string; fromClaimId: string; toClaimId: string; type: TRelationType };

/** The edge an undercut attacks: an evidence link or a claim relation. */
export type TStrengthEdgeRef = { type: "link"; id: string } | { type: "relation"; id: string };
export type TStrengthUndercut = { id: string; fromClaimId: string; target: TStrengthEdgeRef };

/** Claims that support or attack a target only together. */
export type TStrengthPremiseGroup = {
  id: string;
  premiseClaimIds: readonly string[];
  toClaimId: string;
  type: TRelationType;
};

/** Everything claim strength depends on, in the shape of the board's own rows. */
export type TStrengthBoard = {
  claims: readonly TStrengthClaim[];
  evidence: readonly TStrengthEvidence[];
  links: readonly TStrengthLink[];
  relations: readonly TStrengthRelation[];
  undercuts?: readonly TStrengthUndercut[];
  premiseGroups?: readonly TStrengthPremiseGroup[];
};

/** A board that names a missing row, repeats an id, or has a score out of range. */
export class StrengthInputError extends Error {
  override name = "StrengthInputError";
}

/** What an evidence link adds before undercuts: reliability/5 × link strength/5. */
export function linkWeight(reliability: number, linkStrength: number): number {
  return (reliability / MAX_RATING) * (linkStrength / MAX_RATING);
}

export function baseScoreOf(claim: TStrengthClaim): number {
  return claim.baseScore ?? DEFAULT_BASE_SCORE;
}

// Predicates plus message builders rather than check(value, message): the message is only built for a bad row, not
// for each of a board's tens of thousands of good ones (the recompute runs after every edit).
export function isUnitScore(value: number): boolean {
  return Number.isFinite(value) && value >= 0 && value <= 1;
}

export function unitScoreError(value: number, what: string): StrengthInputError {
  return new StrengthInputError(`${what} must be a number from 0 to 1, not ${value}`);
}

export function isRating(value: number): boolean {
  return Number.isFinite(value) && value >= 1 && value <= MAX_RATING;
}

export function ratingError(value: number, what: string): StrengthInputError {
  return new StrengthInputError(`${what} must be a number from 1 to ${MAX_RATING}, not ${value}`);
}
