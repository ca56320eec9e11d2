import { describe, expect, it } from "vitest";
import { board, claim, evidence, link, relation } from "../testing/strength-boards";
import { computeStrengths } from "./compute-strengths";
import { describeContribution, summarizeStrength, type TStrengthLabels } from "./describe-strength";
import { explainStrength } from "./explain-strength";
import { StrengthInputError, type TStrengthBoard } from "./strength-board";

const labels: TStrengthLabels = {
  claim: (id) => ({ a: "Basra was a victory", b: "The militias withdrew", u: "The report predates the fighting" })[id] ?? id,
  evidence: (id) => ({ e1: "Ministry report", e2: "Hospital records", e3: "Map of the city" })[id] ?? id,
};

const explain = (input: TStrengthBoard, claimId: string) => explainStrength(input, computeStrengths(input), claimId);

// a (τ 0.5) is supported by e1 (4 × 5 → 0.8), disputed by e2 (5 × 2 → 0.4), attacked by b (σ 0.6), and
// u (σ 0.25) undercuts the e1 link, which then counts 0.8 × 0.75 = 0.6. e3 is context only.
// Support F = 0.6, attack F = 1 − 0.6 × 0.4 = 0.76, σa = 0.5 − 0.5 × 0.16 = 0.42. Each removed in turn:
//   e1: support 0, σ = 0.5 − 0.5 × 0.76 = 0.12, effect +0.30
//   b:  attack 0.4, σ = 0.5 + 0.5 × 0.2 = 0.6, effect −0.18
//   u:  e1 back to 0.8, σ = 0.5 + 0.5 × 0.04 = 0.52, effect −0.10
//   e2: attack 0.6 = support, σ = 0.5, effect −0.08
const argued = board({
  claims: [claim("a"), claim("b", 0.6), claim("u", 0.25)],
  evidence: [evidence("e1", 4), evidence("e2", 5), evidence("e3", 3)],
  links: [link("a", "e1", "supports", 5), link("a", "e2", "disputes", 2), link("a", "e3", "context", 3)],
  relations: [relation("b", "attacks", "a")],
  undercuts: [{ id: "x", fromClaimId: "u", target: { type: "link", id: "e1->a" } }],
});

describe("explainStrength", () => {
  it("lists every supporter, attacker and undercut with its value and effect, largest effect first", () => {
    const explanation = explain(argued, "a");
    expect(explanation).toMatchObject({ claimId: "a", baseScore: 0.5, settled: true });
    expect(explanation.strength).toBeCloseTo(0.42, 12);
    expect(explanation.support).toBeCloseTo(0.6, 12);
    expect(explanation.attack).toBeCloseTo(0.76, 12);
    const rows = explanation.contributions.map(({ kind, source, value, effect }) => ({
      kind,
      type: source.type,
      value: Number(value.toFixed(12)),
      effect: Number(effect.toFixed(12)),
    }));
    expect(rows).toEqual([
      { kind: "supporter", type: "link", value: 0.6, effect: 0.3 },
      { kind: "attacker", type: "relation", value: 0.6, effect: -0.18 },
      { kind: "undercut", type: "undercut", value: 0.25, effect: -0.1 },
      { kind: "attacker", type: "link", value: 0.4, effect: -0.08 },
    ]);
    expect(explanation.contributions[0]!.source).toEqual({
      type: "link",
      linkId: "e1->a",
      evidenceId: "e1",
      reliability: 4,
      linkStrength: 5,
    });
    expect(explanation.contributions[2]!.source).toEqual({
      type: "undercut",
      undercutId: "x",
      fromClaimId: "u",
      edge: { type: "link", linkId: "e1->a", evidenceId: "e1", stance: "supports" },
    });
  });

  it("explains a claim nothing bears on with no contributions, and refuses a claim not on the board", () => {
    expect(explain(argued, "b")).toMatchObject({ strength: 0.6, attack: 0, support: 0, contributions: [] });
    expect(() => explain(argued, "zzz")).toThrow(StrengthInputError);
  });

  it("counts a premise group as one contribution of the premises' product", () => {
    // 0.8 × 0.5 = 0.4 supporting t: σt = 0.7, 0.2 above its base score.
    const grouped = board({
      claims: [claim("p1", 0.8), claim("p2"), claim("t")],
      premiseGroups: [{ id: "g", premiseClaimIds: ["p1", "p2"], toClaimId: "t", type: "supports" }],
    });
    const [only, ...rest] = explain(grouped, "t").contributions;
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ kind: "supporter", source: { type: "premiseGroup", groupId: "g" } });
    expect(only!.value).toBeCloseTo(0.4, 12);
    expect(only!.effect).toBeCloseTo(0.2, 12);
    const names = { claim: (id: string) => id.toUpperCase(), evidence: (id: string) => id };
    expect(describeContribution(only!, names)).toBe(
      "Supported by the claims “P1” and “P2” together (jointly 0.40): raises it by 0.20",
    );
  });
});

describe("describeContribution and summarizeStrength", () => {
  it("says in words what each contribution is and how far it moved the strength", () => {
    const lines = explain(argued, "a").contributions.map((contribution) => describeContribution(contribution, labels));
    expect(lines).toEqual([
      "Supported by “Ministry report” (reliability 4, strength 5): raises it by 0.30",
      "Attacked by the claim “The militias withdrew” (strength 0.60): lowers it by 0.18",
      "Weakened by the claim “The report predates the fighting” (strength 0.25) undercutting the support from " +
        "“Ministry report”: lowers it by 0.10",
      "Disputed by “Hospital records” (reliability 5, strength 2): lowers it by 0.08",
    ]);
  });

  it("leads with what moved the claim the way it went, then the strongest pull the other way", () => {
    expect(summarizeStrength(explain(argued, "a"), labels)).toBe(
      "Strength 0.42 from a base score of 0.50. Attacked mainly by the claim “The militias withdrew” (strength 0.60); " +
        "supported by “Ministry report” (reliability 4, strength 5).",
    );
    // Disputed 0.8 (4, 5) and 0.16 (2, 2): attack 1 − 0.2 × 0.84 = 0.832, σ = 0.5 − 0.416 = 0.084.
    const disputed = board({
      claims: [claim("a")],
      evidence: [evidence("e1", 4), evidence("e2", 2)],
      links: [link("a", "e1", "disputes", 5), link("a", "e2", "disputes", 2)],
    });
    expect(summarizeStrength(explain(disputed, "a"), labels)).toBe(
      "Strength 0.08 from a base score of 0.50. Disputed mainly by “Ministry report” (reliability 4, strength 5).",
    );
  });

  it("names an undercut that helps a claim by weakening its attacker", () => {
    // b (0.8) attacks a; u (0.25) undercuts that: attack 0.6, σa = 0.2; without u, σa = 0.1.
    const undercutAttack = board({
      claims: [claim("a"), claim("b", 0.8), claim("u", 0.25)],
      relations: [relation("b", "attacks", "a")],
      undercuts: [{ id: "x", fromClaimId: "u", target: { type: "relation", id: "b-attacks-a" } }],
    });
    const helped = explain(undercutAttack, "a").contributions.find((contribution) => contribution.kind === "undercut")!;
    expect(helped.effect).toBeCloseTo(0.1, 12);
    expect(describeContribution(helped, labels)).toBe(
      "Helped by the claim “The report predates the fighting” (strength 0.25) undercutting the attack from the claim " +
        "“The militias withdrew”: raises it by 0.10",
    );
  });

  it("says when nothing moved the claim from its base score", () => {
    expect(summarizeStrength(explain(argued, "b"), labels)).toBe(
      "Nothing supports or disputes this claim yet: its strength is its base score, 0.60.",
    );
    const balanced = board({
      claims: [claim("a", 0.7)],
      evidence: [evidence("e1", 5), evidence("e2", 2)],
      links: [link("a", "e1", "supports", 2), link("a", "e2", "disputes", 5)],
    });
    expect(summarizeStrength(explain(balanced, "a"), labels)).toBe(
      "What supports and what disputes this claim balance out: its strength is its base score, 0.70.",
    );
  });

  it("warns that a value from a board that did not settle is not final", () => {
    const oscillating = board({
      claims: [claim("a", 1), claim("b", 1)],
      relations: [relation("a", "attacks", "b"), relation("b", "attacks", "a")],
    });
    const summary = summarizeStrength(explain(oscillating, "a"), labels);
    expect(summary).toMatch(/did not settle within 1,000 rounds, so this value is not final\.$/);
  });
});
