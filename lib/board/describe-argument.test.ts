import { describe, expect, it } from "vitest";
import { describeUndercutTarget, premiseNames, undercutChoices } from "./describe-argument";

const claim = (id: string, statement: string) => ({ id, statement });
const board = {
  claims: [claim("a", "Prices rose"), claim("b", "Wages fell"), claim("c", "People are poorer")],
  evidence: [{ id: "e", title: "Price index" }],
  links: [
    { id: "l1", claimId: "a", evidenceId: "e", stance: "supports" as const },
    { id: "l2", claimId: "b", evidenceId: "e", stance: "context" as const },
  ],
  relations: [{ id: "r1", fromClaimId: "a", toClaimId: "c", type: "supports" as const }],
  undercuts: [{ id: "u1", fromClaimId: "b", target: { type: "link" as const, id: "l1" }, note: "" }],
} as unknown as Parameters<typeof undercutChoices>[0];

describe("describe-argument", () => {
  it("names an undercut's edge by its ends, and the claim it weakens", () => {
    expect(describeUndercutTarget(board, { type: "link", id: "l1" })).toEqual({ claimId: "a", label: "“Price index” supports “Prices rose”" });
    expect(describeUndercutTarget(board, { type: "relation", id: "r1" })).toEqual({ claimId: "c", label: "“Prices rose” supports “People are poorer”" });
    expect(describeUndercutTarget(board, { type: "relation", id: "gone" })).toBeNull();
  });
  it("offers the edges a claim is no end of, without context links or what it already undercuts", () => {
    expect(undercutChoices(board, "b").map((choice) => choice.target.id)).toEqual(["r1"]);
    expect(undercutChoices(board, "c").map((choice) => choice.target.id)).toEqual(["l1"]);
    expect(undercutChoices(board, "a")).toEqual([]);
  });
  it("lists a group's other premises in words", () => {
    const group = { id: "g", premiseClaimIds: ["a", "b", "c"], toClaimId: "x", type: "supports" as const, note: "" };
    expect(premiseNames(board, group, "a")).toBe("“Wages fell” and “People are poorer”");
    expect(premiseNames(board, group)).toBe("“Prices rose”, “Wages fell” and “People are poorer”");
  });
});
