import { describe, expect, it } from "vitest";
import {
  HIGHLIGHT_ALL,
  hasHighlightParams,
  highlightChoiceSearch,
  highlightedClaims,
  isHighlighted,
  parseHighlightChoice,
  type THighlightChoice,
} from "./highlight-choice";

const claim = (id: string, patch: Partial<Parameters<typeof isHighlighted>[0]> = {}) => ({
  id,
  checkable: true,
  checkworthiness: 0.5,
  verdict: "unverified" as const,
  stage: "unassigned" as const,
  assigneeId: null,
  ...patch,
});
const choose = (patch: Partial<THighlightChoice>): THighlightChoice => ({ ...HIGHLIGHT_ALL, ...patch });

describe("isHighlighted", () => {
  it("highlights every claim by default", () => {
    expect(isHighlighted(claim("a"), HIGHLIGHT_ALL)).toBe(true);
    expect(isHighlighted(claim("b", { checkable: false, verdict: "opinion" }), HIGHLIGHT_ALL)).toBe(true);
  });
  it("leaves opinions out when only checkable claims are chosen, whether marked not checkable or classed as opinion", () => {
    const checkable = choose({ scope: "checkable" });
    expect(isHighlighted(claim("a"), checkable)).toBe(true);
    expect(isHighlighted(claim("b", { checkable: false }), checkable)).toBe(false);
    expect(isHighlighted(claim("c", { verdict: "opinion" }), checkable)).toBe(false);
  });
  it("compares check-worthiness in whole percent, the threshold itself included", () => {
    const sixty = choose({ minWorthiness: 60 });
    expect(isHighlighted(claim("a", { checkworthiness: 0.6 }), sixty)).toBe(true);
    expect(isHighlighted(claim("b", { checkworthiness: 0.59 }), sixty)).toBe(false);
    // 0.7 * 100 is 70.00000000000001 in floating point; it still counts as 70.
    expect(isHighlighted(claim("c", { checkworthiness: 0.7 }), choose({ minWorthiness: 70 }))).toBe(true);
  });
  it("matches the verdict the reader sees, not one recorded without review", () => {
    const falseOnly = choose({ verdicts: ["false"] });
    expect(isHighlighted(claim("a", { verdict: "false", stage: "researching" }), falseOnly)).toBe(false);
    expect(isHighlighted(claim("b", { verdict: "false", stage: "published" }), falseOnly)).toBe(true);
    expect(isHighlighted(claim("c", { checkable: false }), choose({ verdicts: ["opinion"] }))).toBe(true);
  });
  it("filters by stage and by assignee, nobody included", () => {
    expect(isHighlighted(claim("a", { stage: "researching" }), choose({ stages: ["researching"] }))).toBe(true);
    expect(isHighlighted(claim("b"), choose({ stages: ["researching"] }))).toBe(false);
    expect(isHighlighted(claim("c", { assigneeId: "u1" }), choose({ assignee: "u1" }))).toBe(true);
    expect(isHighlighted(claim("d", { assigneeId: "u2" }), choose({ assignee: "u1" }))).toBe(false);
    expect(isHighlighted(claim("e"), choose({ assignee: "none" }))).toBe(true);
    expect(isHighlighted(claim("f", { assigneeId: "u1" }), choose({ assignee: "none" }))).toBe(false);
  });
});

describe("highlightedClaims", () => {
  it("keeps the open claim highlighted even when the choice leaves it out", () => {
    const claims = [claim("a"), claim("b", { checkable: false })];
    const checkable = choose({ scope: "checkable" });
    expect(highlightedClaims(claims, checkable).map((c) => c.id)).toEqual(["a"]);
    expect(highlightedClaims(claims, checkable, "b").map((c) => c.id)).toEqual(["a", "b"]);
  });
});

describe("the choice in the address", () => {
  it("round-trips, keeping other parameters", () => {
    const choice = choose({ scope: "checkable", minWorthiness: 60, verdicts: ["false", "verified"], stages: ["published"], assignee: "none" });
    const search = highlightChoiceSearch(choice, "?claim=3");
    expect(search).toBe("?claim=3&hl=checkable&worth=60&hverdict=verified,false&hstage=published&hassignee=none");
    expect(parseHighlightChoice(search)).toEqual({ ...choice, verdicts: ["verified", "false"] });
    expect(hasHighlightParams(search)).toBe(true);
    expect(highlightChoiceSearch(HIGHLIGHT_ALL, "?claim=3")).toBe("?claim=3");
  });
  it("drops bad values instead of failing", () => {
    expect(parseHighlightChoice("?hl=everything&worth=250&hverdict=nonsense,false&hstage=&hassignee=%00")).toEqual(
      choose({ verdicts: ["false"] }),
    );
    expect(parseHighlightChoice("?worth=-5").minWorthiness).toBe(0);
    expect(parseHighlightChoice("?worth=5.5").minWorthiness).toBe(0);
    expect(hasHighlightParams("?q=x")).toBe(false);
  });
});
