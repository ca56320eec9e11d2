import { describe, expect, it } from "vitest";
import { premiseMemberKey, ZPremiseGroupCreateInput, ZPremiseGroupUpdateInput } from "./premise-group";
import { ZUndercutCreateInput, ZUndercutUpdateInput } from "./undercut";

const issues = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((issue) => issue.message) ?? [];

describe("premise group input", () => {
  const valid = { premiseClaimIds: ["a", "b"], toClaimId: "c", type: "supports" };
  it("takes two or more distinct premises and a target that is none of them", () => {
    expect(ZPremiseGroupCreateInput.parse(valid)).toEqual({ ...valid, note: "" });
  });
  it("refuses fewer than two premises, a repeated premise, a premise that is the target, a wrong type", () => {
    expect(issues(ZPremiseGroupCreateInput.safeParse({ ...valid, premiseClaimIds: ["a"] }))).toEqual(["a premise group needs at least two premises"]);
    expect(issues(ZPremiseGroupCreateInput.safeParse({ ...valid, premiseClaimIds: ["a", "a"] }))).toEqual(["a claim can be a premise of a group only once"]);
    expect(issues(ZPremiseGroupCreateInput.safeParse({ ...valid, premiseClaimIds: ["a", "c"] }))).toEqual([
      "a claim cannot be a premise of the group that supports or attacks it",
    ]);
    expect(ZPremiseGroupCreateInput.safeParse({ ...valid, type: "undercuts" }).success).toBe(false);
    expect(ZPremiseGroupCreateInput.safeParse({ ...valid, premiseClaimIds: "a b" }).success).toBe(false);
    expect(ZPremiseGroupUpdateInput.safeParse({}).success).toBe(false);
    expect(ZPremiseGroupUpdateInput.safeParse({ premiseClaimIds: ["a"] }).success).toBe(false);
  });
  it("keys a group by its premises whatever their order", () => {
    expect(premiseMemberKey(["b", "a"])).toBe(premiseMemberKey(["a", "b"]));
    expect(premiseMemberKey(["a", "b", "c"])).not.toBe(premiseMemberKey(["a", "b"]));
  });
});

describe("undercut input", () => {
  it("names a claim and a link or relation", () => {
    expect(ZUndercutCreateInput.parse({ fromClaimId: "a", target: { type: "link", id: "l" } })).toEqual({ fromClaimId: "a", target: { type: "link", id: "l" }, note: "" });
    expect(ZUndercutCreateInput.safeParse({ fromClaimId: "a", target: { type: "claim", id: "c" } }).success).toBe(false);
    expect(ZUndercutCreateInput.safeParse({ fromClaimId: "a", target: { type: "link", id: "l", relationId: "r" } }).success).toBe(false);
    expect(ZUndercutCreateInput.safeParse({ fromClaimId: "a", linkId: "l" }).success).toBe(false);
  });
  it("edits only the note", () => {
    expect(ZUndercutUpdateInput.safeParse({ fromClaimId: "b" }).success).toBe(false);
    expect(ZUndercutUpdateInput.parse({ note: " why " })).toEqual({ note: "why" });
  });
});
