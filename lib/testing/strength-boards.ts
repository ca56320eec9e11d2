import type { TRelationType, TStance } from "../schemas/vocabulary";
import type { TStrengthBoard, TStrengthLink, TStrengthRelation } from "../strength/strength-board";

/** Small builders for hand-made boards in the strength tests. */
export function board(parts: Partial<TStrengthBoard>): TStrengthBoard {
  return { claims: [], evidence: [], links: [], relations: [], ...parts };
}

export const claim = (id: string, baseScore?: number) => (baseScore === undefined ? { id } : { id, baseScore });

export const evidence = (id: string, reliability: number) => ({ id, reliability });

export function link(claimId: string, evidenceId: string, stance: TStance, strength: number): TStrengthLink {
  return { id: `${evidenceId}->${claimId}`, claimId, evidenceId, stance, strength };
}

export function relation(fromClaimId: string, type: TRelationType, toClaimId: string): TStrengthRelation {
  return { id: `${fromClaimId}-${type}-${toClaimId}`, fromClaimId, toClaimId, type };
}
