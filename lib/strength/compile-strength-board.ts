import {
  baseScoreOf,
  isRating,
  isUnitScore,
  linkWeight,
  ratingError,
  StrengthInputError,
  unitScoreError,
  type TStrengthBoard,
} from "./strength-board";

/**
 * A board flattened into typed arrays indexed by claim position, so each
 * round of the iteration is plain arithmetic. A claim's incoming edges are
 * edgeStart[c] .. edgeStart[c + 1]; an edge's value is
 * edgeWeight × ∏ σ(factor claims) × ∏ (1 − σ(undercutting claims)).
 * A link has weight reliability/5 × strength/5 and no factors; a relation has
 * weight 1 and its source as factor; a premise group has weight 1 and its
 * premises as factors. Context links make no edge. A claim's edges keep the
 * input order: its links, then its relations, then its premise groups.
 */
export type TCompiledStrengthBoard = {
  claimIds: readonly string[];
  baseScores: Float64Array;
  edgeStart: Int32Array;
  /** 1 for a supporter, −1 for an attacker. */
  edgeSign: Int8Array;
  edgeWeight: Float64Array;
  factorStart: Int32Array;
  factorClaim: Int32Array;
  undercutStart: Int32Array;
  undercutClaim: Int32Array;
  /** The claims whose strength reads claim c's: dependentStart[c] .. dependentStart[c + 1] (may repeat). */
  dependentStart: Int32Array;
  dependent: Int32Array;
};

const NOT_AN_EDGE = -1;

export function compileStrengthBoard(board: TStrengthBoard): TCompiledStrengthBoard {
  const { claims, evidence, links, relations } = board;
  const premiseGroups = board.premiseGroups ?? [];
  const undercuts = board.undercuts ?? [];

  // Plain loops, no closure or message string per row: this runs over every row after every edit.
  const claimIds = new Array<string>(claims.length);
  const claimIndex = new Map<string, number>();
  const baseScores = new Float64Array(claims.length);
  for (let index = 0; index < claims.length; index++) {
    const claim = claims[index]!;
    if (claimIndex.has(claim.id)) throw new StrengthInputError(`claim ${claim.id} appears twice`);
    const baseScore = baseScoreOf(claim);
    if (!isUnitScore(baseScore)) throw unitScoreError(baseScore, `the base score of claim ${claim.id}`);
    claimIndex.set(claim.id, index);
    claimIds[index] = claim.id;
    baseScores[index] = baseScore;
  }
  const claimAt = (id: string, row: string, rowId: string): number => {
    const index = claimIndex.get(id);
    if (index === undefined) throw new StrengthInputError(`${row} ${rowId} names claim ${id}, which is not on the board`);
    return index;
  };
  const reliabilityOf = new Map<string, number>();
  for (const item of evidence) {
    if (reliabilityOf.has(item.id)) throw new StrengthInputError(`evidence ${item.id} appears twice`);
    if (!isRating(item.reliability)) throw ratingError(item.reliability, `the reliability of evidence ${item.id}`);
    reliabilityOf.set(item.id, item.reliability);
  }

  // Edges numbered in input order; each is placed among its target's edges afterwards.
  const maxEdges = links.length + relations.length + premiseGroups.length;
  const target = new Int32Array(maxEdges);
  const sign = new Int8Array(maxEdges);
  const weight = new Float64Array(maxEdges);
  const firstFactor = new Int32Array(maxEdges + 1);
  let factorTotal = relations.length;
  for (const group of premiseGroups) factorTotal += group.premiseClaimIds.length;
  const factors = new Int32Array(factorTotal);
  let factorCount = 0;
  let edgeCount = 0;
  const addEdge = (to: number, supports: boolean, value: number) => {
    target[edgeCount] = to;
    sign[edgeCount] = supports ? 1 : -1;
    weight[edgeCount] = value;
    return edgeCount++;
  };
  const closeEdge = (edge: number) => (firstFactor[edge + 1] = factorCount);

  // Edge ids are only needed to find what an undercut names.
  const edgeIds = undercuts.length > 0;
  const linkEdge = new Map<string, number>();
  for (const link of links) {
    if (edgeIds && linkEdge.has(link.id)) throw new StrengthInputError(`link ${link.id} appears twice`);
    const to = claimAt(link.claimId, "link", link.id);
    const reliability = reliabilityOf.get(link.evidenceId);
    if (reliability === undefined) {
      throw new StrengthInputError(`link ${link.id} names evidence ${link.evidenceId}, which is not on the board`);
    }
    if (!isRating(link.strength)) throw ratingError(link.strength, `the strength of link ${link.id}`);
    if (link.stance === "context") {
      if (edgeIds) linkEdge.set(link.id, NOT_AN_EDGE);
      continue;
    }
    const edge = addEdge(to, link.stance === "supports", linkWeight(reliability, link.strength));
    closeEdge(edge);
    if (edgeIds) linkEdge.set(link.id, edge);
  }
  const relationEdge = new Map<string, number>();
  for (const relation of relations) {
    if (edgeIds && relationEdge.has(relation.id)) throw new StrengthInputError(`relation ${relation.id} appears twice`);
    const edge = addEdge(claimAt(relation.toClaimId, "relation", relation.id), relation.type === "supports", 1);
    factors[factorCount++] = claimAt(relation.fromClaimId, "relation", relation.id);
    closeEdge(edge);
    if (edgeIds) relationEdge.set(relation.id, edge);
  }
  const groupIds = new Set<string>();
  for (const group of premiseGroups) {
    if (groupIds.has(group.id)) throw new StrengthInputError(`premise group ${group.id} appears twice`);
    groupIds.add(group.id);
    if (group.premiseClaimIds.length === 0) throw new StrengthInputError(`premise group ${group.id} has no premises`);
    const edge = addEdge(claimAt(group.toClaimId, "premise group", group.id), group.type === "supports", 1);
    for (const premise of group.premiseClaimIds) factors[factorCount++] = claimAt(premise, "premise group", group.id);
    closeEdge(edge);
  }

  // Undercuts of each edge, in input order.
  const undercutEdge = new Int32Array(undercuts.length);
  const undercutFrom = new Int32Array(undercuts.length);
  const undercutIds = new Set<string>();
  undercuts.forEach((undercut, index) => {
    if (undercutIds.has(undercut.id)) throw new StrengthInputError(`undercut ${undercut.id} appears twice`);
    undercutIds.add(undercut.id);
    undercutFrom[index] = claimAt(undercut.fromClaimId, "undercut", undercut.id);
    const { type, id } = undercut.target;
    const edge = (type === "link" ? linkEdge : relationEdge).get(id);
    if (edge === undefined) {
      throw new StrengthInputError(`undercut ${undercut.id} names ${type} ${id}, which is not on the board`);
    }
    // An undercut of a context link undercuts nothing: the link contributes nothing.
    undercutEdge[index] = edge;
  });

  return placeByTarget(claimIds, baseScores, {
    edgeCount,
    target,
    sign,
    weight,
    firstFactor,
    factors,
    undercutEdge,
    undercutFrom,
  });
}

type TNumberedEdges = {
  edgeCount: number;
  target: Int32Array;
  sign: Int8Array;
  weight: Float64Array;
  firstFactor: Int32Array;
  factors: Int32Array;
  undercutEdge: Int32Array;
  undercutFrom: Int32Array;
};

/** Counting sort of the numbered edges by target (stable), with their factors, undercuts and dependents. */
function placeByTarget(
  claimIds: string[],
  baseScores: Float64Array,
  { edgeCount, target, sign, weight, firstFactor, factors, undercutEdge, undercutFrom }: TNumberedEdges,
): TCompiledStrengthBoard {
  const claimCount = claimIds.length;
  const edgeStart = new Int32Array(claimCount + 1);
  for (let edge = 0; edge < edgeCount; edge++) edgeStart[target[edge]! + 1]! += 1;
  prefixSum(edgeStart);
  const position = new Int32Array(edgeCount);
  const cursor = edgeStart.slice(0, claimCount);
  for (let edge = 0; edge < edgeCount; edge++) position[edge] = cursor[target[edge]!]!++;

  const edgeSign = new Int8Array(edgeCount);
  const edgeWeight = new Float64Array(edgeCount);
  const factorStart = new Int32Array(edgeCount + 1);
  const undercutStart = new Int32Array(edgeCount + 1);
  for (let edge = 0; edge < edgeCount; edge++) {
    const at = position[edge]!;
    edgeSign[at] = sign[edge]!;
    edgeWeight[at] = weight[edge]!;
    factorStart[at + 1] = firstFactor[edge + 1]! - firstFactor[edge]!;
  }
  for (const edge of undercutEdge) if (edge !== NOT_AN_EDGE) undercutStart[position[edge]! + 1]! += 1;
  prefixSum(factorStart);
  prefixSum(undercutStart);

  const factorClaim = new Int32Array(factors.length);
  const dependentCount = new Int32Array(claimCount + 1);
  for (let edge = 0; edge < edgeCount; edge++) {
    let at = factorStart[position[edge]!]!;
    for (let f = firstFactor[edge]!; f < firstFactor[edge + 1]!; f++) {
      factorClaim[at++] = factors[f]!;
      dependentCount[factors[f]! + 1]! += 1;
    }
  }
  const undercutClaim = new Int32Array(undercutStart[edgeCount]!);
  const undercutCursor = undercutStart.slice(0, edgeCount);
  undercutEdge.forEach((edge, index) => {
    if (edge === NOT_AN_EDGE) return;
    undercutClaim[undercutCursor[position[edge]!]!++] = undercutFrom[index]!;
    dependentCount[undercutFrom[index]! + 1]! += 1;
  });

  const dependentStart = prefixSum(dependentCount);
  const dependent = new Int32Array(dependentStart[claimCount]!);
  const dependentCursor = dependentStart.slice(0, claimCount);
  for (let claim = 0; claim < claimCount; claim++) {
    for (let e = edgeStart[claim]!; e < edgeStart[claim + 1]!; e++) {
      for (let f = factorStart[e]!; f < factorStart[e + 1]!; f++) dependent[dependentCursor[factorClaim[f]!]!++] = claim;
      for (let u = undercutStart[e]!; u < undercutStart[e + 1]!; u++) {
        dependent[dependentCursor[undercutClaim[u]!]!++] = claim;
      }
    }
  }
  return {
    claimIds,
    baseScores,
    edgeStart,
    edgeSign,
    edgeWeight,
    factorStart,
    factorClaim,
    undercutStart,
    undercutClaim,
    dependentStart,
    dependent,
  };
}

function prefixSum(counts: Int32Array): Int32Array {
  for (let i = 1; i < counts.length; i++) counts[i]! += counts[i - 1]!;
  return counts;
}
