import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { STANCES } from "../schemas/vocabulary";
import { computeStrengths } from "./compute-strengths";
import { aggregate, combine } from "./df-quad";
import { explainStrength } from "./explain-strength";
import { baseScoreOf, linkWeight, type TStrengthBoard, type TStrengthUndercut } from "./strength-board";

/**
 * Random boards, with or without cycles. With `acyclic`, every claim-to-claim
 * dependency (relation, premise, undercut) runs from a higher-numbered claim
 * to a lower-numbered one.
 */
function arbitraryBoard({ acyclic }: { acyclic: boolean }): fc.Arbitrary<TStrengthBoard> {
  const score = fc.oneof(fc.constantFrom(0, 0.5, 1), fc.double({ min: 0, max: 1, noNaN: true }));
  const rating = fc.integer({ min: 1, max: 5 });
  return fc
    .record({ claimCount: fc.integer({ min: 2, max: 9 }), evidenceCount: fc.integer({ min: 1, max: 4 }) })
    .chain(({ claimCount, evidenceCount }) => {
      const claimIndex = fc.integer({ min: 0, max: claimCount - 1 });
      // A dependency from one claim to another: from > to when acyclic.
      const pair = fc
        .tuple(claimIndex, claimIndex)
        .filter(([from, to]) => from !== to)
        .map(([a, b]): [number, number] => (acyclic ? [Math.max(a, b), Math.min(a, b)] : [a, b]));
      return fc.record({
        baseScores: fc.array(fc.option(score, { nil: undefined }), { minLength: claimCount, maxLength: claimCount }),
        reliabilities: fc.array(rating, { minLength: evidenceCount, maxLength: evidenceCount }),
        links: fc.array(
          fc.record({
            claim: claimIndex,
            evidence: fc.integer({ min: 0, max: evidenceCount - 1 }),
            stance: fc.constantFrom(...STANCES),
            strength: rating,
          }),
          { maxLength: 10 },
        ),
        relations: fc.array(fc.record({ pair, type: fc.constantFrom("supports" as const, "attacks" as const) }), {
          maxLength: 10,
        }),
        groups: fc.array(
          fc.record({ pair, other: claimIndex, type: fc.constantFrom("supports" as const, "attacks" as const) }),
          { maxLength: 3 },
        ),
        undercuts: fc.array(fc.record({ on: fc.nat(), by: claimIndex }), { maxLength: 4 }),
      });
    })
    .map(({ baseScores, reliabilities, links, relations, groups, undercuts }) => {
      const claimId = (index: number) => `c${index}`;
      const board = {
        claims: baseScores.map((baseScore, index) =>
          baseScore === undefined ? { id: claimId(index) } : { id: claimId(index), baseScore },
        ),
        evidence: reliabilities.map((reliability, index) => ({ id: `e${index}`, reliability })),
        links: links.map((row, index) => ({
          id: `l${index}`,
          claimId: claimId(row.claim),
          evidenceId: `e${row.evidence}`,
          stance: row.stance,
          strength: row.strength,
        })),
        relations: relations.map(({ pair: [from, to], type }, index) => ({
          id: `r${index}`,
          fromClaimId: claimId(from),
          toClaimId: claimId(to),
          type,
        })),
        // The second premise must also come after the target when acyclic.
        premiseGroups: groups
          .filter(({ pair: [, to], other }) => !acyclic || other > to)
          .map(({ pair: [from, to], other, type }, index) => ({
            id: `g${index}`,
            premiseClaimIds: [claimId(from), claimId(other)],
            toClaimId: claimId(to),
            type,
          })),
        undercuts: [] as TStrengthUndercut[],
      };
      const edges = [
        ...board.links.map((row) => ({ type: "link" as const, id: row.id, to: row.claimId })),
        ...board.relations.map((row) => ({ type: "relation" as const, id: row.id, to: row.toClaimId })),
      ];
      undercuts.forEach(({ on, by }, index) => {
        const edge = edges[on % Math.max(edges.length, 1)];
        if (!edge || (acyclic && by <= Number(edge.to.slice(1)))) return;
        board.undercuts.push({ id: `u${index}`, fromClaimId: claimId(by), target: { type: edge.type, id: edge.id } });
      });
      return board;
    });
}

/** σ(c) from the strengths given, straight from the definitions, one row at a time. */
function referenceClaimStrength(board: TStrengthBoard, claimId: string, strengths: Map<string, number>): number {
  const undercutFactor = (type: "link" | "relation", id: string, value: number) => {
    for (const undercut of board.undercuts ?? []) {
      if (undercut.target.type === type && undercut.target.id === id) value *= 1 - strengths.get(undercut.fromClaimId)!;
    }
    return value;
  };
  const supporters: number[] = [];
  const attackers: number[] = [];
  for (const link of board.links) {
    if (link.claimId !== claimId || link.stance === "context") continue;
    const reliability = board.evidence.find((row) => row.id === link.evidenceId)!.reliability;
    const value = undercutFactor("link", link.id, linkWeight(reliability, link.strength));
    (link.stance === "supports" ? supporters : attackers).push(value);
  }
  for (const relation of board.relations) {
    if (relation.toClaimId !== claimId) continue;
    const value = undercutFactor("relation", relation.id, 1 * strengths.get(relation.fromClaimId)!);
    (relation.type === "supports" ? supporters : attackers).push(value);
  }
  for (const group of board.premiseGroups ?? []) {
    if (group.toClaimId !== claimId) continue;
    let value = 1;
    for (const premise of group.premiseClaimIds) value *= strengths.get(premise)!;
    (group.type === "supports" ? supporters : attackers).push(value);
  }
  const claim = board.claims.find((row) => row.id === claimId)!;
  return combine(baseScoreOf(claim), aggregate(attackers), aggregate(supporters));
}

/** The specified procedure, literally: every claim, every round, from the previous round's values. */
function referenceJacobi(board: TStrengthBoard) {
  let strengths = new Map(board.claims.map((claim) => [claim.id, baseScoreOf(claim)]));
  for (let round = 1; round <= 1000; round++) {
    const next = new Map(board.claims.map((claim) => [claim.id, referenceClaimStrength(board, claim.id, strengths)]));
    const changes = board.claims.map((claim) => Math.abs(next.get(claim.id)! - strengths.get(claim.id)!));
    const largestChange = Math.max(0, ...changes);
    strengths = next;
    if (largestChange < 1e-9) return { strengths, settled: true, rounds: round };
  }
  return { strengths, settled: false, rounds: 1000 };
}

describe("computeStrengths on random boards", () => {
  it("equals the literal procedure exactly: same values, same settling, same rounds", () => {
    fc.assert(
      fc.property(arbitraryBoard({ acyclic: false }), (board) => {
        expect(computeStrengths(board)).toEqual(referenceJacobi(board));
      }),
      { numRuns: 300 },
    );
  });

  it("keeps every strength within 0..1", () => {
    fc.assert(
      fc.property(arbitraryBoard({ acyclic: false }), (board) => {
        for (const value of computeStrengths(board).strengths.values()) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("gives σ = τ to every claim when nothing contributes (only context links, and undercuts of them)", () => {
    fc.assert(
      fc.property(arbitraryBoard({ acyclic: false }), (board) => {
        const links = board.links.map((link) => ({ ...link, stance: "context" as const }));
        const undercuts = (board.undercuts ?? []).filter((undercut) => undercut.target.type === "link");
        const result = computeStrengths({ ...board, links, relations: [], premiseGroups: [], undercuts });
        for (const claim of board.claims) expect(result.strengths.get(claim.id)).toBe(baseScoreOf(claim));
        expect(result).toMatchObject({ settled: true, rounds: 1 });
      }),
    );
  });

  it("on an acyclic board, settles within depth + 2 rounds at the values of one pass in dependency order", () => {
    fc.assert(
      fc.property(arbitraryBoard({ acyclic: true }), (board) => {
        // Claim i reads only claims numbered above i: evaluate from the last claim down.
        const exact = new Map(board.claims.map((claim) => [claim.id, baseScoreOf(claim)]));
        const depth = new Map<string, number>();
        const edgeTarget = new Map([
          ...board.links.map((row) => [row.id, row.claimId] as const),
          ...board.relations.map((row) => [row.id, row.toClaimId] as const),
        ]);
        for (const claim of [...board.claims].reverse()) {
          exact.set(claim.id, referenceClaimStrength(board, claim.id, exact));
          const into = <T extends { toClaimId: string }>(rows: readonly T[] = []) =>
            rows.filter((row) => row.toClaimId === claim.id);
          const reads = [
            ...into(board.relations).map((row) => row.fromClaimId),
            ...into(board.premiseGroups).flatMap((row) => row.premiseClaimIds),
            ...(board.undercuts ?? [])
              .filter((row) => edgeTarget.get(row.target.id) === claim.id)
              .map((row) => row.fromClaimId),
          ];
          depth.set(claim.id, Math.max(0, ...reads.map((id) => depth.get(id)! + 1)));
        }
        const result = computeStrengths(board);
        expect(result.settled).toBe(true);
        expect(result.rounds).toBeLessThanOrEqual(Math.max(...depth.values()) + 2);
        for (const [id, value] of exact) expect(Math.abs(result.strengths.get(id)! - value)).toBeLessThan(1e-8);
      }),
      { numRuns: 300 },
    );
  });

  it("explains every claim with supporters raising it, attackers lowering it, and undercuts against their edge's kind", () => {
    fc.assert(
      fc.property(arbitraryBoard({ acyclic: false }), (board) => {
        const result = computeStrengths(board);
        for (const claim of board.claims) {
          for (const { kind, source, effect } of explainStrength(board, result, claim.id).contributions) {
            const weakensSupport =
              source.type === "undercut" &&
              (source.edge.type === "link" ? source.edge.stance === "supports" : source.edge.relationType === "supports");
            const lowers = kind === "attacker" || weakensSupport;
            if (lowers) expect(effect).toBeLessThanOrEqual(0);
            else expect(effect).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
