import { describe, expect, it } from "vitest";
import { testBoard, testClaim } from "@/lib/testing/test-board";
import { computeBoardStrengths, settledStrength } from "./board-strengths";

describe("computeBoardStrengths reads the board's rows", () => {
  it("counts the board's undercuts and premise groups, and keeps the rows it read for the explanation", () => {
    const board = testBoard();
    // l1 (c1's supporter, 0.36) undercut by c2 (0.32) weighs 0.36 × 0.68, less than c2's attack on c1 (0.32).
    const undercuts = [{ id: "u1", fromClaimId: "c2", target: { type: "link", id: "l1" } } as const];
    const result = computeBoardStrengths({ ...board, undercuts });
    expect(result.strengths.get("c1")).toBeCloseTo(0.5 - 0.5 * (0.32 - 0.36 * 0.68), 12);
    expect(result.board.undercuts).toBe(undercuts);
    expect(result.board.claims).toBe(board.claims);
    const premiseGroups = [{ id: "g1", premiseClaimIds: ["c1", "c2"], toClaimId: "c3", type: "attacks" } as const];
    const grouped = computeBoardStrengths({ ...board, premiseGroups });
    // c3 is attacked by c1 and c2 together (0.52 × 0.32) as well as supported by c1 (0.52).
    expect(grouped.strengths.get("c3")).toBeCloseTo(0.5 + 0.5 * (0.52 - 0.52 * 0.32), 12);
  });

  it("gives a claim view without a base score (recorded before there were any) the default", () => {
    const old: Partial<ReturnType<typeof testClaim>> = testClaim("c9");
    delete old.baseScore;
    const claims = [old as ReturnType<typeof testClaim>];
    const result = computeBoardStrengths({ claims, evidence: [], links: [], relations: [] });
    expect(result.strengths.get("c9")).toBe(0.5);
  });
});

describe("computeBoardStrengths", () => {
  it("computes the test board by hand: links 3×3 weigh 0.36, context ignored, c2 → c1 → c3", () => {
    const board = testBoard();
    board.claims[2] = { ...board.claims[2]!, baseScore: 0.25 };
    const result = computeBoardStrengths(board);
    expect(result.settled).toBe(true);
    // c2: attacked by l2 (0.6 × 0.6 = 0.36); l3 is context. 0.5 − 0.5 × 0.36
    expect(result.strengths.get("c2")).toBeCloseTo(0.32, 12);
    // c1: supported by l1 (0.36), attacked by c2 (0.32). 0.5 + 0.5 × 0.04
    expect(result.strengths.get("c1")).toBeCloseTo(0.52, 12);
    // c3: τ 0.25, supported by c1 (0.52). 0.25 + 0.75 × 0.52
    expect(result.strengths.get("c3")).toBeCloseTo(0.64, 12);
    expect(settledStrength(result, "c3")).toBeCloseTo(0.64, 12);
    expect(settledStrength(result, "nope")).toBeNull();
  });

  it("shows no strength as final on a board that does not settle", () => {
    const claims = [
      { ...testClaim("a"), baseScore: 1 },
      { ...testClaim("b"), baseScore: 1 },
    ];
    const relations = [
      { id: "r1", fromClaimId: "a", toClaimId: "b", type: "attacks" as const, note: "" },
      { id: "r2", fromClaimId: "b", toClaimId: "a", type: "attacks" as const, note: "" },
    ];
    const result = computeBoardStrengths({ claims, evidence: [], links: [], relations });
    expect(result).toMatchObject({ settled: false, rounds: 1000 });
    expect(settledStrength(result, "a")).toBeNull();
  });
});
