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

/**
 * The board's rows as strength input. Rows are copied down to the fields
 * strength reads; a claim view without a base score (one recorded before base
 * scores existed) gets the default.
 */
export function toStrengthBoard(board: TBoardStrengthInput): TStrengthBoard {
  return {
    claims: board.claims.map(({ id, baseScore }) => (typeof baseScore === "number" ? { id, baseScore } : { id })),
    evidence: board.evidence.map(({ id, reliability }) => ({ id, reliability })),
    links: board.links.map(({ id, claimId, evidenceId, stance, strength }) => ({ id, claimId, evidenceId, stance, strength })),
    relations: board.relations.map(({ id, fromClaimId, toClaimId, type }) => ({ id, fromClaimId, toClaimId, type })),
    ...(board.undercuts?.length ? { undercuts: board.undercuts } : {}),
    ...(board.premiseGroups?.length ? { premiseGroups: board.premiseGroups } : {}),
  };
}

export type TBoardStrengths = TStrengthResult & { board: TStrengthBoard };

/** Every claim's strength on the board, with the strength input it was computed from (for explainStrength). */
export function computeBoardStrengths(board: TBoardStrengthInput): TBoardStrengths {
  const strengthBoard = toStrengthBoard(board);
  return { ...computeStrengths(strengthBoard), board: strengthBoard };
}

/**
 * A claim's strength for showing: null when the board's strengths did not
 * settle (the value is not final) or the claim is not on the board.
 */
export function settledStrength(result: TStrengthResult, claimId: string): number | null {
  if (!result.settled) return null;
  return result.strengths.get(claimId) ?? null;
}
