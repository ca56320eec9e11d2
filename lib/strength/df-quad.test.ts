import { describe, expect, it } from "vitest";
import { aggregate, combine } from "./df-quad";

describe("aggregate (F)", () => {
  it("is 0 for no values", () => {
    expect(aggregate([])).toBe(0);
  });

  it("is 1 − ∏(1 − vᵢ)", () => {
    expect(aggregate([0.4])).toBeCloseTo(0.4, 15);
    // 1 − 0.5 × 0.5
    expect(aggregate([0.5, 0.5])).toBe(0.75);
    // 1 − 0.8 × 0.5 × 0.9
    expect(aggregate([0.2, 0.5, 0.1])).toBeCloseTo(0.64, 15);
  });

  it("saturates at 1 with one full-strength value", () => {
    expect(aggregate([0.2, 1, 0.3])).toBe(1);
  });
});

describe("combine (C)", () => {
  it("keeps the base score when attack equals support", () => {
    expect(combine(0.3, 0.4, 0.4)).toBe(0.3);
    expect(combine(0.3, 0, 0)).toBe(0.3);
    expect(combine(0.9, 1, 1)).toBe(0.9);
  });

  it("moves down by v₀·(vₐ − vₛ) when attack is stronger", () => {
    // 0.5 − 0.5 × (0.6 − 0.2) = 0.3
    expect(combine(0.5, 0.6, 0.2)).toBeCloseTo(0.3, 15);
    // Full attack and no support reaches 0.
    expect(combine(0.7, 1, 0)).toBe(0);
  });

  it("moves up by (1 − v₀)·(vₛ − vₐ) when support is stronger", () => {
    // 0.4 + 0.6 × (0.6 − 0.1) = 0.7
    expect(combine(0.4, 0.1, 0.6)).toBeCloseTo(0.7, 15);
    // Full support and no attack reaches 1.
    expect(combine(0.2, 0, 1)).toBe(1);
  });

  it("is continuous where attack and support cross", () => {
    expect(combine(0.5, 0.4 + 1e-12, 0.4)).toBeCloseTo(0.5, 10);
    expect(combine(0.5, 0.4, 0.4 + 1e-12)).toBeCloseTo(0.5, 10);
  });
});
