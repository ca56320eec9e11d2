import type { TRelationType, TStance } from "../schemas/vocabulary";
import type { TStrengthResult } from "./compute-strengths";
import { aggregate, combine } from "./df-quad";
import { baseScoreOf, linkWeight, StrengthInputError, type TStrengthBoard } from "./strength-board";

export type TContributionKind = "supporter" | "attacker" | "undercut";

/** The edge an undercut weakens, with what a reader needs to name it. */
export type TUndercutEdge =
  | { type: "link"; linkId: string; evidenceId: string; stance: Exclude<TStance, "context"> }
  | { type: "relation"; relationId: string; fromClaimId: string; relationType: TRelationType };

export type TContributionSource =
  | { type: "link"; linkId: string; evidenceId: string; reliability: number; linkStrength: number }
  | { type: "relation"; relationId: string; fromClaimId: string }
  | { type: "premiseGroup"; groupId: string; premiseClaimIds: readonly string[] }
  | { type: "undercut"; undercutId: string; fromClaimId: string; edge: TUndercutEdge };

export type TContribution = {
  kind: TContributionKind;
  source: TContributionSource;
  /**
   * A supporter's or attacker's value as it enters F, after its undercuts
   * (link: reliability/5 × strength/5; relation: σ of its source; premise
   * group: the product of the premises' σ). An undercut's: σ of the
   * undercutting claim.
   */
  value: number;
  /**
   * σ minus σ without this contribution, every other value held at the
   * computed strengths (σ itself recomputed from them, which on a settled
   * board is within the tolerance of `strength`): above 0 it raised σ, below 0
   * it lowered it.
   */
  effect: number;
};

export type TStrengthExplanation = {
  claimId: string;
  baseScore: number;
  /** σ as computed for the board. */
  strength: number;
  settled: boolean;
  rounds: number;
  /** F of the attackers' and of the supporters' values. */
  attack: number;
  support: number;
  /** Largest effect first. */
  contributions: TContribution[];
};

type TIncomingEdge = {
  kind: "supporter" | "attacker";
  source: Exclude<TContributionSource, { type: "undercut" }>;
  undercutEdge: TUndercutEdge | null;
  /** The value before undercuts. */
  baseValue: number;
  undercuts: { id: string; fromClaimId: string; strength: number }[];
};

/** Why a claim has the strength it has: every supporter, attacker and undercut bearing on it, and its effect. */
export function explainStrength(board: TStrengthBoard, result: TStrengthResult, claimId: string): TStrengthExplanation {
  const claim = board.claims.find((row) => row.id === claimId);
  if (!claim) throw new StrengthInputError(`claim ${claimId} is not on the board`);
  const strengthOf = (id: string) => {
    const value = result.strengths.get(id);
    if (value === undefined) throw new StrengthInputError(`the strengths computed have no claim ${id}`);
    return value;
  };
  const edges = incomingEdges(board, claimId, strengthOf);
  const baseScore = baseScoreOf(claim);
  const valuesOf = (skipEdge: number, skipUndercut = -1) => {
    const attackers: number[] = [];
    const supporters: number[] = [];
    edges.forEach((edge, index) => {
      if (index === skipEdge && skipUndercut < 0) return;
      const value = edgeValue(edge, index === skipEdge ? skipUndercut : -1);
      (edge.kind === "supporter" ? supporters : attackers).push(value);
    });
    return { attack: aggregate(attackers), support: aggregate(supporters) };
  };
  const sigma = ({ attack, support }: { attack: number; support: number }) => combine(baseScore, attack, support);
  const held = valuesOf(-1);
  const full = sigma(held);

  const contributions: TContribution[] = [];
  edges.forEach((edge, index) => {
    contributions.push({
      kind: edge.kind,
      source: edge.source,
      value: edgeValue(edge),
      effect: full - sigma(valuesOf(index)),
    });
    edge.undercuts.forEach((undercut, position) => {
      contributions.push({
        kind: "undercut",
        source: { type: "undercut", undercutId: undercut.id, fromClaimId: undercut.fromClaimId, edge: edge.undercutEdge! },
        value: undercut.strength,
        effect: full - sigma(valuesOf(index, position)),
      });
    });
  });
  contributions.sort(
    (a, b) => Math.abs(b.effect) - Math.abs(a.effect) || b.value - a.value || sourceId(a).localeCompare(sourceId(b)),
  );
  return {
    claimId,
    baseScore,
    strength: strengthOf(claimId),
    settled: result.settled,
    rounds: result.rounds,
    attack: held.attack,
    support: held.support,
    contributions,
  };
}

function edgeValue(edge: TIncomingEdge, skipUndercut = -1): number {
  let value = edge.baseValue;
  edge.undercuts.forEach((undercut, position) => {
    if (position !== skipUndercut) value *= 1 - undercut.strength;
  });
  return value;
}

function incomingEdges(board: TStrengthBoard, claimId: string, strengthOf: (id: string) => number): TIncomingEdge[] {
  const edges: TIncomingEdge[] = [];
  const byTarget = new Map<string, TIncomingEdge>();
  const reliabilityOf = new Map(board.evidence.map((row) => [row.id, row.reliability]));
  for (const link of board.links) {
    if (link.claimId !== claimId || link.stance === "context") continue;
    const reliability = reliabilityOf.get(link.evidenceId);
    if (reliability === undefined) {
      throw new StrengthInputError(`link ${link.id} names evidence ${link.evidenceId}, which is not on the board`);
    }
    const edge: TIncomingEdge = {
      kind: link.stance === "supports" ? "supporter" : "attacker",
      source: { type: "link", linkId: link.id, evidenceId: link.evidenceId, reliability, linkStrength: link.strength },
      undercutEdge: { type: "link", linkId: link.id, evidenceId: link.evidenceId, stance: link.stance },
      baseValue: linkWeight(reliability, link.strength),
      undercuts: [],
    };
    edges.push(edge);
    byTarget.set(`link:${link.id}`, edge);
  }
  for (const relation of board.relations) {
    if (relation.toClaimId !== claimId) continue;
    const edge: TIncomingEdge = {
      kind: relation.type === "supports" ? "supporter" : "attacker",
      source: { type: "relation", relationId: relation.id, fromClaimId: relation.fromClaimId },
      undercutEdge: {
        type: "relation",
        relationId: relation.id,
        fromClaimId: relation.fromClaimId,
        relationType: relation.type,
      },
      baseValue: strengthOf(relation.fromClaimId),
      undercuts: [],
    };
    edges.push(edge);
    byTarget.set(`relation:${relation.id}`, edge);
  }
  for (const group of board.premiseGroups ?? []) {
    if (group.toClaimId !== claimId) continue;
    let value = 1;
    for (const premise of group.premiseClaimIds) value *= strengthOf(premise);
    edges.push({
      kind: group.type === "supports" ? "supporter" : "attacker",
      source: { type: "premiseGroup", groupId: group.id, premiseClaimIds: group.premiseClaimIds },
      undercutEdge: null,
      baseValue: value,
      undercuts: [],
    });
  }
  for (const undercut of board.undercuts ?? []) {
    byTarget.get(`${undercut.target.type}:${undercut.target.id}`)?.undercuts.push({
      id: undercut.id,
      fromClaimId: undercut.fromClaimId,
      strength: strengthOf(undercut.fromClaimId),
    });
  }
  return edges;
}

function sourceId(contribution: TContribution): string {
  const { source } = contribution;
  switch (source.type) {
    case "link":
      return source.linkId;
    case "relation":
      return source.relationId;
    case "premiseGroup":
      return source.groupId;
    case "undercut":
      return source.undercutId;
  }
}
