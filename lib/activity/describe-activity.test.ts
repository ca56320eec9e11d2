import { describe, expect, it } from "vitest";
import { testActivityEntry } from "../testing/test-activity";
import {
  activityActorName,
  activityDetail,
  activitySubject,
  changedFields,
  deletedCommentText,
  summariseActivity,
} from "./describe-activity";

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

const members = [
  { userId: "u_ann", name: "Ann Lee" },
  { userId: "u_bo", name: "Bo Diaz" },
];
const commentView = (overrides: Record<string, unknown> = {}) => ({
  id: "k1",
  claimId: "c1",
  parentId: null,
  authorId: "u_ann",
  authorName: "Ann Lee",
  body: "Ask @[Bo Old Name](u_bo) and @[Gone](u_gone)",
  mentions: ["u_bo", "u_gone"],
  createdAt: "2026-01-01T00:00:00.000Z",
  editedAt: null,
  deletedAt: null,
  ...overrides,
});

describe("comment entries", () => {
  const created = entry({ entityType: "comment", action: "created", after: commentView() });
  it("read as commenting, replying, editing and deleting", () => {
    expect(summariseActivity(created)).toBe("commented");
    expect(summariseActivity(entry({ entityType: "comment", action: "created", after: commentView({ parentId: "k0" }) }))).toBe(
      "replied to a comment",
    );
    expect(summariseActivity(entry({ entityType: "comment", action: "updated", before: commentView(), after: commentView() }))).toBe(
      "edited a comment",
    );
    expect(summariseActivity(entry({ entityType: "comment", action: "deleted", before: commentView(), after: commentView({ body: "" }) }))).toBe(
      "deleted a comment",
    );
  });
  it("show the text with mentions as current names, former members by their stored name", () => {
    expect(activitySubject(created, { members })).toBe("Ask @Bo Diaz and @Gone");
    expect(activitySubject(created)).toBe("Ask @Bo Old Name and @Gone");
  });
  it("keep a deleted comment's last text out of the subject, to be shown on request, and an edit's text before and after", () => {
    const deleted = entry({ entityType: "comment", action: "deleted", before: commentView({ body: "Old words" }), after: commentView({ body: "" }) });
    expect(activitySubject(deleted)).toBeNull();
    expect(deletedCommentText(deleted)).toBe("Old words");
    expect(deletedCommentText(created)).toBeNull();
    const edited = entry({
      entityType: "comment",
      action: "updated",
      before: commentView({ body: "Draft" }),
      after: commentView({ body: "Final for @[Ann](u_ann)" }),
    });
    expect(activityDetail(edited, { members })).toEqual({ label: "text", before: "Draft", after: "Final for @Ann Lee" });
  });
});

describe("workflow entries", () => {
  const claim = (overrides: Record<string, unknown> = {}) => ({ verdict: "unverified", assigneeId: null, ...overrides });
  it("read as what happened, naming people and verdicts", () => {
    const context = { members };
    expect(summariseActivity(entry({ action: "assigned", actorId: "u_bo", after: claim({ assigneeId: "u_ann" }) }), context)).toBe(
      "assigned the claim to Ann Lee",
    );
    expect(summariseActivity(entry({ action: "assigned", actorId: "u_ann", after: claim({ assigneeId: "u_ann" }) }), context)).toBe(
      "took the claim",
    );
    expect(summariseActivity(entry({ action: "unassigned", before: claim({ assigneeId: "u_gone" }), after: claim() }), context)).toBe(
      "unassigned a former member from the claim",
    );
    expect(summariseActivity(entry({ action: "proposed", after: claim({ proposedVerdict: "disputed" }) }))).toBe("proposed Disputed");
    expect(summariseActivity(entry({ action: "approved", after: claim({ verdict: "disputed" }) }))).toBe("approved and published Disputed");
    expect(summariseActivity(entry({ action: "returned", after: claim() }))).toBe("returned the claim for more work");
    expect(
      summariseActivity(
        entry({ action: "corrected", before: claim({ verdict: "false" }), after: { ...claim({ verdict: "misleading" }), correction: { fromVerdict: "false", toVerdict: "misleading", reason: "New figures" } } }),
      ),
    ).toBe("corrected the verdict from False to Misleading");
  });
  it("use the workspace's verdict labels when given", () => {
    const verdictLabel = (verdict: string) => (verdict === "disputed" ? "Contested" : verdict);
    expect(summariseActivity(entry({ action: "proposed", after: claim({ proposedVerdict: "disputed" }) }), { verdictLabel })).toBe(
      "proposed Contested",
    );
  });
  it("spell out a proposal's rationale and a correction's reason", () => {
    expect(activityDetail(entry({ action: "proposed", after: claim({ proposedRationale: "Two sources disagree" }) }))).toEqual({
      label: "rationale",
      after: "Two sources disagree",
    });
    expect(activityDetail(entry({ action: "corrected", after: { ...claim(), correction: { reason: "New figures" } } }))).toEqual({
      label: "reason",
      after: "New figures",
    });
    expect(activityDetail(entry({ action: "updated", after: claim() }))).toBeNull();
  });
});

describe("activityActorName", () => {
  it("names the actor, a former member, or the local owner of entries made before accounts", () => {
    expect(activityActorName({ actorId: "u_bo" }, { members })).toBe("Bo Diaz");
    expect(activityActorName({ actorId: "u_gone" }, { members })).toBe("A former member");
    expect(activityActorName({ actorId: null }, { members })).toBe("Claimgraph setup");
  });
});
