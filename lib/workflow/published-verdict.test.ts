import { describe, expect, it } from "vitest";
import { publishedVerdict, shownVerdict, unreviewedVerdict } from "./published-verdict";

describe("publishedVerdict", () => {
  it("shows a verdict only once the workflow has published it", () => {
    expect(publishedVerdict({ stage: "published", verdict: "false" })).toBe("false");
    for (const stage of ["unassigned", "researching", "ready_for_review", "returned"] as const) {
      expect(publishedVerdict({ stage, verdict: "false" })).toBe("unverified");
    }
  });
  it("names a verdict recorded without review, and nothing otherwise", () => {
    expect(unreviewedVerdict({ stage: "unassigned", verdict: "opinion" })).toBe("opinion");
    expect(unreviewedVerdict({ stage: "unassigned", verdict: "unverified" })).toBeNull();
    expect(unreviewedVerdict({ stage: "published", verdict: "false" })).toBeNull();
  });
});

describe("shownVerdict", () => {
  it("labels an opinion as one in every stage before publishing, and anything else unverified", () => {
    expect(shownVerdict({ stage: "unassigned", verdict: "opinion", checkable: false })).toBe("opinion");
    expect(shownVerdict({ stage: "researching", verdict: "unverified", checkable: false })).toBe("opinion");
    expect(shownVerdict({ stage: "unassigned", verdict: "opinion", checkable: true })).toBe("opinion");
    expect(shownVerdict({ stage: "unassigned", verdict: "false", checkable: true })).toBe("unverified");
    expect(shownVerdict({ stage: "published", verdict: "false", checkable: true })).toBe("false");
  });
});
