import { describe, expect, it } from "vitest";
import { applyStrengthView, conclusionIds, ZStrengthFilter, ZStrengthSort } from "./strength-view";

const claims = [{ id: "a" }, { id: "b" }, { id: "c" }, { id: "d" }];
const strengths = new Map([
  ["a", 0.39],
  ["b", 0.4],
  ["c", 0.1],
  ["d", 0.39],
]);
// a → b, b → c, d → c: c is the only conclusion (a and d start the argument, b is in its middle).
const relations = [
  { fromClaimId: "a", toClaimId: "b" },
  { fromClaimId: "b", toClaimId: "c" },
  { fromClaimId: "d", toClaimId: "c" },
];
const ids = (rows: readonly { id: string }[]) => rows.map((row) => row.id);

describe("applyStrengthView", () => {
  it("keeps claims below 0.4 (0.4 itself is not weak), in board order", () => {
    expect(ids(applyStrengthView(claims, { filter: "weak", sort: null }, strengths, relations))).toEqual(["a", "c", "d"]);
  });

  it("keeps weakly supported conclusions only: supported or attacked, supporting or attacking nothing", () => {
    expect([...conclusionIds(relations)]).toEqual(["c"]);
    expect(ids(applyStrengthView(claims, { filter: "weak-conclusions", sort: null }, strengths, relations))).toEqual(["c"]);
  });

  it("sorts weakest or strongest first, ties in board order", () => {
    expect(ids(applyStrengthView(claims, { filter: null, sort: "weakest" }, strengths, relations))).toEqual(["c", "a", "d", "b"]);
    expect(ids(applyStrengthView(claims, { filter: null, sort: "strongest" }, strengths, relations))).toEqual(["b", "a", "d", "c"]);
    expect(ids(applyStrengthView(claims, { filter: "weak", sort: "strongest" }, strengths, relations))).toEqual(["a", "d", "c"]);
  });

  it("neither filters nor sorts when the strengths are not final", () => {
    expect(applyStrengthView(claims, { filter: "weak", sort: "weakest" }, null, relations)).toBe(claims);
  });

  it("reads a filter or sort from an address, dropping anything else", () => {
    expect(ZStrengthFilter.parse("weak-conclusions")).toBe("weak-conclusions");
    expect(ZStrengthFilter.parse("strong")).toBeNull();
    expect(ZStrengthSort.parse(undefined)).toBeNull();
    expect(ZStrengthSort.parse("weakest")).toBe("weakest");
  });
});
