import { describe, expect, it } from "vitest";
import { board, claim, evidence, link, relation } from "../testing/strength-boards";
import { computeStrengths } from "./compute-strengths";
import { StrengthInputError } from "./strength-board";

const strengthOf = (result: ReturnType<typeof computeStrengths>, id: string) => result.strengths.get(id)!;

describe("computeStrengths: evidence links", () => {
  it("gives a claim with nothing bearing on it its base score, 0.5 by default", () => {
    const result = computeStrengths(board({ claims: [claim("a"), claim("b", 0.2)] }));
    expect(result.strengths).toEqual(new Map([["a", 0.5], ["b", 0.2]]));
    expect(result).toMatchObject({ settled: true, rounds: 1 });
  });

  it("raises a supported claim by (1 − τ) × reliability/5 × strength/5", () => {
    // Link 4/5 × 5/5 = 0.8; σ = 0.5 + 0.5 × 0.8 = 0.9.
    const result = computeStrengths(
      board({ claims: [claim("a")], evidence: [evidence("e", 4)], links: [link("a", "e", "supports", 5)] }),
    );
    expect(strengthOf(result, "a")).toBeCloseTo(0.9, 12);
  });

  it("lowers a disputed claim by τ × the link's value", () => {
    // Link 5/5 × 2/5 = 0.4; σ = 0.5 − 0.5 × 0.4 = 0.3.
    const result = computeStrengths(
      board({ claims: [claim("a")], evidence: [evidence("e", 5)], links: [link("a", "e", "disputes", 2)] }),
    );
    expect(strengthOf(result, "a")).toBeCloseTo(0.3, 12);
  });

  it("keeps the base score when support and attack are equal", () => {
    // 5/5 × 2/5 = 0.4 supporting, 2/5 × 5/5 = 0.4 disputing.
    const result = computeStrengths(
      board({
        claims: [claim("a", 0.7)],
        evidence: [evidence("e1", 5), evidence("e2", 2)],
        links: [link("a", "e1", "supports", 2), link("a", "e2", "disputes", 5)],
      }),
    );
    expect(strengthOf(result, "a")).toBe(0.7);
  });

  it("aggregates several supporters against an attacker", () => {
    // Supporters 0.8 (4, 5) and 0.36 (3, 3): F = 1 − 0.2 × 0.64 = 0.872. Attacker 0.4 (5, 2).
    // σ = 0.6 + 0.4 × (0.872 − 0.4) = 0.7888.
    const result = computeStrengths(
      board({
        claims: [claim("a", 0.6)],
        evidence: [evidence("e1", 4), evidence("e2", 3), evidence("e3", 5)],
        links: [link("a", "e1", "supports", 5), link("a", "e2", "supports", 3), link("a", "e3", "disputes", 2)],
      }),
    );
    expect(strengthOf(result, "a")).toBeCloseTo(0.7888, 12);
  });

  it("weighs one piece of evidence shared by several claims by each link's own stance and strength", () => {
    // Reliability 4: to a at strength 5 (0.8, supports), to b at strength 2 (0.32, disputes), to c as context.
    const result = computeStrengths(
      board({
        claims: [claim("a"), claim("b"), claim("c")],
        evidence: [evidence("e", 4)],
        links: [link("a", "e", "supports", 5), link("b", "e", "disputes", 2), link("c", "e", "context", 5)],
      }),
    );
    expect(strengthOf(result, "a")).toBeCloseTo(0.9, 12);
    expect(strengthOf(result, "b")).toBeCloseTo(0.5 - 0.5 * 0.32, 12);
    expect(strengthOf(result, "c")).toBe(0.5);
  });

  it("ignores context links", () => {
    const withoutContext = board({
      claims: [claim("a", 0.4)],
      evidence: [evidence("e1", 3), evidence("e2", 5)],
      links: [link("a", "e1", "disputes", 4)],
    });
    const withContext = { ...withoutContext, links: [...withoutContext.links, link("a", "e2", "context", 5)] };
    expect(strengthOf(computeStrengths(withContext), "a")).toBe(strengthOf(computeStrengths(withoutContext), "a"));
    expect(
      strengthOf(computeStrengths({ ...withoutContext, links: [link("a", "e2", "context", 5)] }), "a"),
    ).toBe(0.4);
  });
});

describe("computeStrengths: the argument", () => {
  it("carries strength down a chain three deep", () => {
    // e supports a: σa = 0.5 + 0.5 × 0.8 = 0.9; a supports b: σb = 0.5 + 0.5 × 0.9 = 0.95;
    // b attacks c: σc = 0.5 − 0.5 × 0.95 = 0.025.
    const result = computeStrengths(
      board({
        claims: [claim("c"), claim("b"), claim("a")],
        evidence: [evidence("e", 4)],
        links: [link("a", "e", "supports", 5)],
        relations: [relation("b", "attacks", "c"), relation("a", "supports", "b")],
      }),
    );
    expect(strengthOf(result, "a")).toBeCloseTo(0.9, 12);
    expect(strengthOf(result, "b")).toBeCloseTo(0.95, 12);
    expect(strengthOf(result, "c")).toBeCloseTo(0.025, 12);
    // Rounds 1–3 settle a, b, c in turn; round 4 changes nothing.
    expect(result).toMatchObject({ settled: true, rounds: 4 });
  });

  it("scales an undercut link by 1 − σ of the undercutting claim", () => {
    // u is supported 0.4 (5, 2): σu = 0.5 + 0.5 × 0.4 = 0.7. The link 0.8 becomes 0.8 × 0.3 = 0.24.
    // σa = 0.5 + 0.5 × 0.24 = 0.62.
    const supported = board({
      claims: [claim("a"), claim("u")],
      evidence: [evidence("e", 4), evidence("f", 5)],
      links: [link("a", "e", "supports", 5), link("u", "f", "supports", 2)],
    });
    const undercut = { id: "x", fromClaimId: "u", target: { type: "link", id: "e->a" } } as const;
    const result = computeStrengths({ ...supported, undercuts: [undercut] });
    expect(strengthOf(result, "u")).toBeCloseTo(0.7, 12);
    expect(strengthOf(result, "a")).toBeCloseTo(0.62, 12);
    expect(strengthOf(computeStrengths(supported), "a")).toBeCloseTo(0.9, 12);
  });

  it("scales an undercut relation, and multiplies several undercuts of one edge", () => {
    // b (0.8) supports c; u (0.25) undercuts it: 0.8 × 0.75 = 0.6, σc = 0.5 + 0.5 × 0.6 = 0.8.
    // With w (0.5) undercutting it too: 0.8 × 0.75 × 0.5 = 0.3, σc = 0.65.
    const base = board({
      claims: [claim("b", 0.8), claim("c"), claim("u", 0.25), claim("w", 0.5)],
      relations: [relation("b", "supports", "c")],
    });
    const on = { type: "relation", id: "b-supports-c" } as const;
    const once = computeStrengths({ ...base, undercuts: [{ id: "x", fromClaimId: "u", target: on }] });
    expect(strengthOf(once, "c")).toBeCloseTo(0.8, 12);
    const twice = computeStrengths({
      ...base,
      undercuts: [{ id: "x", fromClaimId: "u", target: on }, { id: "y", fromClaimId: "w", target: on }],
    });
    expect(strengthOf(twice, "c")).toBeCloseTo(0.65, 12);
  });

  it("lets an undercut of a context link change nothing", () => {
    const result = computeStrengths(
      board({
        claims: [claim("a", 0.3), claim("u", 0.9)],
        evidence: [evidence("e", 5)],
        links: [link("a", "e", "context", 5)],
        undercuts: [{ id: "x", fromClaimId: "u", target: { type: "link", id: "e->a" } }],
      }),
    );
    expect(strengthOf(result, "a")).toBe(0.3);
  });

  it("counts linked premises as one supporter or attacker of the product of their strengths", () => {
    // p1 0.8 × p2 0.5 = 0.4 jointly: supporting, σt = 0.5 + 0.5 × 0.4 = 0.7; attacking, 0.5 − 0.5 × 0.4 = 0.3.
    // Separately they would give F(0.8, 0.5) = 0.9 and σt = 0.95.
    const claims = [claim("p1", 0.8), claim("p2", 0.5), claim("t")];
    const group = (type: "supports" | "attacks") => ({ id: "g", premiseClaimIds: ["p1", "p2"], toClaimId: "t", type });
    const target = (type: "supports" | "attacks") =>
      strengthOf(computeStrengths(board({ claims, premiseGroups: [group(type)] })), "t");
    expect(target("supports")).toBeCloseTo(0.7, 12);
    expect(target("attacks")).toBeCloseTo(0.3, 12);
    const separately = board({ claims, relations: [relation("p1", "supports", "t"), relation("p2", "supports", "t")] });
    expect(strengthOf(computeStrengths(separately), "t")).toBeCloseTo(0.95, 12);
  });
});

describe("computeStrengths: cycles", () => {
  it("settles two claims attacking each other at τ = 0.5 at 1/3", () => {
    // By symmetry both hold the same x each round, and x' = C(0.5, x, 0) = 0.5 − 0.5x = (1 − x)/2,
    // whose fixed point is x = 1/3. From x₀ = 0.5: xᵣ = 1/3 + (1/6)(−1/2)ʳ (0.25, 0.375, 0.3125, …),
    // so round r moves x by (1/4)(1/2)^(r−1): 1.86e-9 in round 28, 9.3e-10 < 1e-9 in round 29,
    // which is where it stops, |x − 1/3| = (1/6)(1/2)^29 ≈ 3.1e-10.
    const result = computeStrengths(
      board({
        claims: [claim("a"), claim("b")],
        relations: [relation("a", "attacks", "b"), relation("b", "attacks", "a")],
      }),
    );
    expect(result).toMatchObject({ settled: true, rounds: 29 });
    expect(Math.abs(strengthOf(result, "a") - 1 / 3)).toBeLessThan(1e-9);
    expect(strengthOf(result, "b")).toBe(strengthOf(result, "a"));
  });

  it("reports a board whose rounds oscillate as unsettled at the 1,000-round cap", () => {
    // At τ = 1, x' = 1 − x: both claims flip 1 → 0 → 1 … and move by 1 every round.
    const oscillating = board({
      claims: [claim("a", 1), claim("b", 1), claim("c", 0.5)],
      relations: [relation("a", "attacks", "b"), relation("b", "attacks", "a"), relation("a", "supports", "c")],
    });
    const result = computeStrengths(oscillating);
    expect(result).toMatchObject({ settled: false, rounds: 1000 });
    // Round 1000 is even: a and b are back at 1, and c, read from round 999's a = 0, at 0.5.
    expect(strengthOf(result, "a")).toBe(1);
    expect(strengthOf(result, "c")).toBe(0.5);
    expect(computeStrengths(oscillating, { maxRounds: 7 })).toMatchObject({ settled: false, rounds: 7 });
  });
});

describe("computeStrengths: bad boards", () => {
  it("refuses rows that name what is not on the board", () => {
    const names = (parts: Parameters<typeof board>[0]) => () => computeStrengths(board(parts));
    expect(names({ claims: [claim("a")], links: [link("a", "e", "supports", 3)] })).toThrow(/evidence e/);
    expect(names({ evidence: [evidence("e", 3)], links: [link("a", "e", "supports", 3)] })).toThrow(/claim a/);
    expect(names({ claims: [claim("a")], relations: [relation("a", "supports", "b")] })).toThrow(/claim b/);
    const undercut = { id: "x", fromClaimId: "a", target: { type: "relation", id: "r" } } as const;
    expect(names({ claims: [claim("a")], undercuts: [undercut] })).toThrow(/relation r/);
  });

  it("refuses repeated ids and scores out of range", () => {
    expect(() => computeStrengths(board({ claims: [claim("a"), claim("a")] }))).toThrow(StrengthInputError);
    expect(() => computeStrengths(board({ claims: [claim("a", 1.5)] }))).toThrow(/base score of claim a/);
    expect(() => computeStrengths(board({ claims: [claim("a", Number.NaN)] }))).toThrow(StrengthInputError);
    const linked = (reliability: number, strength: number) => () =>
      computeStrengths(
        board({
          claims: [claim("a")],
          evidence: [evidence("e", reliability)],
          links: [link("a", "e", "disputes", strength)],
        }),
      );
    expect(linked(0, 3)).toThrow(/reliability of evidence e/);
    expect(linked(3, 6)).toThrow(/strength of link/);
    expect(linked(5, 1)).not.toThrow();
  });
});
