import { describe, expect, it } from "vitest";
import { scoreEvidenceBalance, type TWeighedLink } from "./evidence-balance";

const supports = (strength: number, reliability: number): TWeighedLink => ({ stance: "supports", strength, reliability });
const disputes = (strength: number, reliability: number): TWeighedLink => ({ stance: "disputes", strength, reliability });
const context = (strength: number, reliability: number): TWeighedLink => ({ stance: "context", strength, reliability });

describe("scoreEvidenceBalance", () => {
  it("reports no evidence for no links", () => {
    expect(scoreEvidenceBalance([])).toEqual({ support: 0, dispute: 0, context: 0, balance: 0, label: "no evidence" });
  });

  it("weighs each link by strength × reliability / 25", () => {
    const result = scoreEvidenceBalance([supports(5, 5), supports(2, 3), disputes(1, 4), context(3, 3)]);
    expect(result.support).toBeCloseTo(1 + 6 / 25);
    expect(result.dispute).toBeCloseTo(4 / 25);
    expect(result.context).toBeCloseTo(9 / 25);
    expect(result.balance).toBeCloseTo((31 - 4) / (31 + 4));
    expect(result.label).toBe("supported");
  });

  it("labels one-sided evidence supported or disputed, with balance ±1", () => {
    expect(scoreEvidenceBalance([supports(3, 3)])).toMatchObject({ balance: 1, label: "supported" });
    expect(scoreEvidenceBalance([disputes(3, 3), context(5, 5)])).toMatchObject({ balance: -1, label: "disputed" });
  });

  it("labels context-only evidence and gives it no balance", () => {
    expect(scoreEvidenceBalance([context(4, 5), context(1, 1)])).toMatchObject({ balance: 0, label: "context only" });
  });

  it("is contested exactly when the lighter side is at least a third of both", () => {
    // 5 against 10 units: exactly a third.
    expect(scoreEvidenceBalance([supports(1, 5), disputes(2, 5)]).label).toBe("contested");
    // 4 against 9 units: under a third.
    expect(scoreEvidenceBalance([supports(2, 2), disputes(3, 3)]).label).toBe("disputed");
    expect(scoreEvidenceBalance([supports(3, 3), disputes(2, 2)]).label).toBe("supported");
    expect(scoreEvidenceBalance([supports(4, 4), disputes(4, 4)])).toMatchObject({ balance: 0, label: "contested" });
  });

  it("lets reliability tip the balance: strong claims from weak sources weigh little", () => {
    const result = scoreEvidenceBalance([supports(5, 1), supports(5, 1), disputes(3, 5)]);
    expect(result.support).toBeCloseTo(10 / 25);
    expect(result.dispute).toBeCloseTo(15 / 25);
    expect(result.balance).toBeCloseTo(-0.2);
    expect(result.label).toBe("contested");
  });

  it("does not depend on the order of the links", () => {
    const links = [supports(5, 4), disputes(3, 2), context(2, 2), supports(1, 1), disputes(4, 5), supports(2, 3)];
    const expected = scoreEvidenceBalance(links);
    const orders = [[...links].reverse(), [links[3]!, links[0]!, links[5]!, links[1]!, links[4]!, links[2]!]];
    for (const order of orders) expect(scoreEvidenceBalance(order)).toEqual(expected);
  });

  it("keeps each link's weight within 0..1 for out-of-range input", () => {
    const result = scoreEvidenceBalance([supports(9, 9), disputes(-2, 3), disputes(Number.NaN, 3)]);
    expect(result.support).toBe(1);
    expect(result.dispute).toBe(0);
    expect(result.label).toBe("supported");
  });
});
