import { describe, expect, it } from "vitest";
import { testClaim } from "@/lib/testing/test-board";
import { ApiError } from "../board/api-error";
import { currentClaimsOf, versionsOf } from "./claim-versions";

describe("claim versions on the review board", () => {
  it("maps each claim to the version shown", () => {
    expect(versionsOf([{ ...testClaim("c1"), version: 4 }, testClaim("c2")])).toEqual({ c1: 4, c2: 1 });
  });

  it("takes the current claims from a 409, one or a list", () => {
    const c1 = { ...testClaim("c1"), version: 5 };
    const c2 = { ...testClaim("c2"), version: 2 };
    expect(currentClaimsOf(new ApiError(409, "Changed.", { error: "Changed.", current: c1 }))).toEqual([c1]);
    expect(currentClaimsOf(new ApiError(409, "Changed.", { error: "Changed.", current: [c1, c2] }))).toEqual([c1, c2]);
  });

  it("takes nothing from other failures or a 409 without records", () => {
    const c1 = testClaim("c1");
    expect(currentClaimsOf(new ApiError(403, "No.", { current: c1 }))).toEqual([]);
    expect(currentClaimsOf(new ApiError(409, "Already in that stage.", { refused: [] }))).toEqual([]);
    expect(currentClaimsOf(new ApiError(409, "Odd.", { current: [null, { id: 3 }, "c1"] }))).toEqual([]);
    expect(currentClaimsOf(new Error("offline"))).toEqual([]);
  });
});
