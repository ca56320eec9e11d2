import { describe, expect, it } from "vitest";
import { testBoard, testClaim } from "@/lib/testing/test-board";
import { computeBoardStrengths, settledStrength, toStrengthBoard } from "./board-strengths";

describe("toStrengthBoard", () => {
  it("copies only what strength reads, and passes no undercuts or premise groups where the board has none", () => {
    const strengthBoard = toStrengthBoard(testBoard());
    expect(strengthBoard.claims[0]).toEqual({ id: "c1", baseScore: 0.5 });
    expect(strengthBoard.evidence[0]).toEqual({ id: "e1", reliability: 3 });
    expect(strengthBoard.links[0]).toEqual({ id: "l1", claimId: "c1", evidenceId: "e1", stance: "supports", strength: 3 });
    expect(strengthBoard.relations[1]).toEqual({ id: "r2", fromClaimId: "c2", toClaimId: "c1", type: "attacks" });
    expect(strengthBoard).not.toHaveProperty("undercuts");
    expect(strengthBoard).not.toHaveProperty("premiseGroups");
  });

  it("passes the board's undercuts and premise groups when it has them", () => {
    const undercuts = [{ id: "u1", fromClaimId: "c3", target: { type: "link", id: "l1" } } as const];
    const premiseGroups = [{ id: "g1", premiseClaimIds: ["c1", "c2"], toClaimId: "c3", type: "supports" } as const];
    expect(toStrengthBoard({ ...testBoard(), undercuts, premiseGroups })).toMatchObject({ undercuts, premiseGroups });
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
