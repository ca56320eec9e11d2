import {
  baseScoreOf,
  checkRating,
  checkUnitScore,
  linkWeight,
  StrengthInputError,
  type TStrengthBoard,
  type TStrengthEvidence,
  type TStrengthLink,
  type TStrengthRelation,
} from "./strength-board";

/**
 * A board flattened into arrays indexed by claim position, so each round of
 * the iteration is plain arithmetic. A claim's incoming edges are
 * edgeStart[c] .. edgeStart[c + 1]; an edge's value is
 * edgeWeight × ∏ σ(factor claims) × ∏ (1 − σ(undercutting claims)).
 * A link has weight reliability/5 × strength/5 and no factors; a relation has
 * weight 1 and its source as factor; a premise group has weight 1 and its
 * premises as factors. Context links make no edge.
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
  /** The claims whose strength reads claim c's: dependentStart[c] .. dependentStart[c + 1]. */
  dependentStart: Int32Array;
  dependent: Int32Array;
};

type TDraftEdge = { target: number; sign: 1 | -1; weight: number; factors: number[]; undercuts: number[] };

export function compileStrengthBoard(board: TStrengthBoard): TCompiledStrengthBoard {
  const claimIndex = new Map<string, number>();
  const baseScores = new Float64Array(board.claims.length);
  board.claims.forEach((claim, index) => {
    if (claimIndex.has(claim.id)) throw new StrengthInputError(`claim ${claim.id} appears twice`);
    const baseScore = baseScoreOf(claim);
    checkUnitScore(baseScore, `the base score of claim ${claim.id}`);
    claimIndex.set(claim.id, index);
    baseScores[index] = baseScore;
  });
  const claimAt = (id: string, what: string): number => {
    const index = claimIndex.get(id);
    if (index === undefined) throw new StrengthInputError(`${what} names claim ${id}, which is not on the board`);
    return index;
  };
  const evidenceById = uniqueById(board.evidence, "evidence");
  const linkById = uniqueById(board.links, "link");
  const relationById = uniqueById(board.relations, "relation");

  const drafts: TDraftEdge[] = [];
  const linkEdge = new Map<string, TDraftEdge>();
  const relationEdge = new Map<string, TDraftEdge>();
  for (const link of board.links) {
    const target = claimAt(link.claimId, `link ${link.id}`);
    const evidence = evidenceById.get(link.evidenceId);
    if (!evidence) {
      throw new StrengthInputError(`link ${link.id} names evidence ${link.evidenceId}, which is not on the board`);
    }
    checkRating(evidence.reliability, `the reliability of evidence ${evidence.id}`);
    checkRating(link.strength, `the strength of link ${link.id}`);
    if (link.stance === "context") continue;
    const edge: TDraftEdge = {
      target,
      sign: link.stance === "supports" ? 1 : -1,
      weight: linkWeight(evidence.reliability, link.strength),
      factors: [],
      undercuts: [],
    };
    drafts.push(edge);
    linkEdge.set(link.id, edge);
  }
  for (const relation of board.relations) {
    const edge: TDraftEdge = {
      target: claimAt(relation.toClaimId, `relation ${relation.id}`),
      sign: relation.type === "supports" ? 1 : -1,
      weight: 1,
      factors: [claimAt(relation.fromClaimId, `relation ${relation.id}`)],
      undercuts: [],
    };
    drafts.push(edge);
    relationEdge.set(relation.id, edge);
  }
  for (const group of uniqueList(board.premiseGroups ?? [], "premise group")) {
    if (group.premiseClaimIds.length === 0) throw new StrengthInputError(`premise group ${group.id} has no premises`);
    drafts.push({
      target: claimAt(group.toClaimId, `premise group ${group.id}`),
      sign: group.type === "supports" ? 1 : -1,
      weight: 1,
      factors: group.premiseClaimIds.map((id) => claimAt(id, `premise group ${group.id}`)),
      undercuts: [],
    });
  }
  for (const undercut of uniqueList(board.undercuts ?? [], "undercut")) {
    const from = claimAt(undercut.fromClaimId, `undercut ${undercut.id}`);
    const { type, id } = undercut.target;
    const known = type === "link" ? linkById.has(id) : relationById.has(id);
    if (!known) throw new StrengthInputError(`undercut ${undercut.id} names ${type} ${id}, which is not on the board`);
    // An undercut of a context link undercuts nothing: the link contributes nothing.
    (type === "link" ? linkEdge : relationEdge).get(id)?.undercuts.push(from);
  }
  return flatten(board.claims.map((claim) => claim.id), baseScores, drafts);
}

function flatten(claimIds: string[], baseScores: Float64Array, drafts: TDraftEdge[]): TCompiledStrengthBoard {
  const claimCount = claimIds.length;
  const edgeStart = new Int32Array(claimCount + 1);
  for (const edge of drafts) edgeStart[edge.target + 1]! += 1;
  for (let c = 0; c < claimCount; c++) edgeStart[c + 1]! += edgeStart[c]!;
  // Stable placement: a claim's edges keep their input order (links, relations, groups).
  const byPosition: TDraftEdge[] = new Array(drafts.length);
  const cursor = edgeStart.slice(0, claimCount);
  for (const edge of drafts) byPosition[cursor[edge.target]!++] = edge;

  const edgeSign = new Int8Array(drafts.length);
  const edgeWeight = new Float64Array(drafts.length);
  const factorStart = new Int32Array(drafts.length + 1);
  const undercutStart = new Int32Array(drafts.length + 1);
  const factors: number[] = [];
  const undercuts: number[] = [];
  const dependents: number[][] = Array.from({ length: claimCount }, () => []);
  byPosition.forEach((edge, e) => {
    edgeSign[e] = edge.sign;
    edgeWeight[e] = edge.weight;
    for (const claim of edge.factors) {
      factors.push(claim);
      dependents[claim]!.push(edge.target);
    }
    for (const claim of edge.undercuts) {
      undercuts.push(claim);
      dependents[claim]!.push(edge.target);
    }
    factorStart[e + 1] = factors.length;
    undercutStart[e + 1] = undercuts.length;
  });
  const dependentStart = new Int32Array(claimCount + 1);
  dependents.forEach((list, c) => (dependentStart[c + 1] = dependentStart[c]! + list.length));
  return {
    claimIds,
    baseScores,
    edgeStart,
    edgeSign,
    edgeWeight,
    factorStart,
    factorClaim: Int32Array.from(factors),
    undercutStart,
    undercutClaim: Int32Array.from(undercuts),
    dependentStart,
    dependent: Int32Array.from(dependents.flat()),
  };
}

function uniqueById<T extends TStrengthEvidence | TStrengthLink | TStrengthRelation>(rows: readonly T[], what: string) {
  const byId = new Map<string, T>();
  for (const row of rows) {
    if (byId.has(row.id)) throw new StrengthInputError(`${what} ${row.id} appears twice`);
    byId.set(row.id, row);
  }
  return byId;
}

function uniqueList<T extends { id: string }>(rows: readonly T[], what: string): readonly T[] {
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.id)) throw new StrengthInputError(`${what} ${row.id} appears twice`);
    seen.add(row.id);
  }
  return rows;
}
