import { describe, expect, it } from "vitest";
import { testActivityEntry } from "../testing/test-activity";
import { activitySubject, changedFields, summariseActivity } from "./describe-activity";

const entry = testActivityEntry;

describe("changedFields", () => {
  it("lists only the fields whose values differ, ignoring bookkeeping", () => {
    const changes = changedFields({
      before: { verdict: "unverified", verdictRationale: "", version: 1, selector: { start: 1 } },
      after: { verdict: "disputed", verdictRationale: "", version: 2, selector: { start: 1 } },
    });
    expect(changes).toEqual([{ field: "verdict", before: "unverified", after: "disputed" }]);
  });
  it("compares nested values by content", () => {
    expect(changedFields({ before: { selector: { start: 1 } }, after: { selector: { start: 2 } } })).toHaveLength(1);
  });
});

describe("summariseActivity", () => {
  it("names the entity and, for updates, the fields", () => {
    expect(summariseActivity(entry({ action: "created", entityType: "link" }))).toBe("created the evidence link");
    expect(
      summariseActivity(entry({ before: { verdict: "unverified", speaker: "x" }, after: { verdict: "false", speaker: "y" } })),
    ).toBe("updated the claim: verdict, speaker");
  });
});

describe("activitySubject", () => {
  it("names the record in its own words, even once it is deleted", () => {
    expect(activitySubject(entry({ after: { statement: "Some 1,600 troops" } }))).toBe("Some 1,600 troops");
    expect(activitySubject(entry({ entityType: "evidence", action: "deleted", before: { title: "A report" } }))).toBe("A report");
    expect(activitySubject(entry({ entityType: "link", after: { stance: "disputes" } }))).toBe("disputes");
    expect(activitySubject(entry({ after: {} }))).toBeNull();
  });
});
