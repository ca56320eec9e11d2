import type { TClaimRelationView, TClaimView, TEvidenceLinkView, TEvidenceView } from "../board/types";
import { computeStrengths, type TStrengthResult } from "./compute-strengths";
import type { TStrengthBoard, TStrengthPremiseGroup, TStrengthUndercut } from "./strength-board";

/** What strength reads from a board view; undercuts and premise groups only where the board has them. */
export type TBoardStrengthInput = {
  claims: readonly Pick<TClaimView, "id" | "baseScore">[];
  evidence: readonly Pick<TEvidenceView, "id" | "reliability">[];
  links: readonly Pick<TEvidenceLinkView, "id" | "claimId" | "evidenceId" | "stance" | "strength">[];
  relations: readonly Pick<TClaimRelationView, "id" | "fromClaimId" | "toClaimId" | "type">[];
  undercuts?: readonly TStrengthUndercut[];
  premiseGroups?: readonly TStrengthPremiseGroup[];
};

export type TBoardStrengths = TStrengthResult & { board: TStrengthBoard };

/**
 * Every claim's strength on the board, with the strength input it was computed from (for explainStrength): the
 * board's own rows, read in place rather than copied (a copy of a 10k-claim board's rows was a tenth of the
 * recompute). A claim view without a base score (one recorded before base scores existed) gets the default.
 */
export function computeBoardStrengths(board: TBoardStrengthInput): TBoardStrengths {
  return { ...computeStrengths(board), board };
}

/**
 * A claim's strength for showing: null when the board's strengths did not
 * settle (the value is not final) or the claim is not on the board.
 */
export function settledStrength(result: TStrengthResult, claimId: string): number | null {
  if (!result.settled) return null;
  return result.strengths.get(claimId) ?? null;
}
