import { describe, expect, it } from "vitest";
import { ZWorkflowCommandInput } from "./command-input";

const messages = (input: unknown) => ZWorkflowCommandInput.safeParse(input).error?.issues.map((issue) => issue.message);

describe("ZWorkflowCommandInput", () => {
  it.each([
    { type: "assign", assigneeId: "cm9x1abc" },
    { type: "unassign" },
    { type: "take" },
    { type: "propose", verdict: "misleading", rationale: "The chart omits 2020." },
    { type: "approve" },
    { type: "return", comment: "Add the primary source." },
    { type: "correct", verdict: "false", reason: "The figure was revised." },
    { type: "correct", verdict: "false", reason: "The figure was revised.", rationale: "The revised figure is lower." },
  ])("accepts $type", (input) => {
    expect(ZWorkflowCommandInput.parse(input)).toEqual(input);
  });

  it("trims the texts", () => {
    expect(ZWorkflowCommandInput.parse({ type: "return", comment: "  Add the source. \n" })).toEqual({
      type: "return",
      comment: "Add the source.",
    });
  });

  it("refuses facts only the server may supply", () => {
    expect(
      messages({ type: "propose", verdict: "false", rationale: "Wrong.", linkedEvidenceCount: 5 }),
    ).toEqual(["this command does not take: linkedEvidenceCount"]);
    expect(messages({ type: "assign", assigneeId: "cm9x1abc", assigneeRole: "editor" })).toEqual([
      "this command does not take: assigneeRole",
    ]);
  });

  it("refuses an unknown command or a non-object", () => {
    expect(messages({ type: "publish" })).toEqual([
      "type must be one of: assign, unassign, take, propose, approve, return, correct",
    ]);
    expect(messages("approve")).toEqual(["send a workflow command: an object with a type"]);
  });

  it("refuses proposing or correcting to unverified", () => {
    for (const input of [
      { type: "propose", verdict: "unverified", rationale: "Not sure." },
      { type: "correct", verdict: "unverified", reason: "Not sure." },
    ]) {
      expect(messages(input)?.[0]).toMatch(/^verdict must be one of: verified, .*\(unverified means not checked yet\)$/);
    }
  });

  it("refuses blank texts with a message saying what to write", () => {
    expect(messages({ type: "propose", verdict: "false", rationale: "  " })).toEqual([
      "rationale is required: say why the evidence supports this verdict",
    ]);
    expect(messages({ type: "return", comment: "" })).toEqual(["comment is required: say what needs to change"]);
    expect(messages({ type: "correct", verdict: "false", reason: " " })).toEqual([
      "reason is required: readers see it in the correction note",
    ]);
    expect(messages({ type: "correct", verdict: "false", reason: "Revised.", rationale: "" })).toEqual([
      "rationale can't be blank: leave it out to keep the published one",
    ]);
    expect(messages({ type: "assign", assigneeId: "" })?.[0]).toBe(
      "assigneeId is required: choose who to assign the claim to",
    );
  });

  it("refuses texts over 10,000 characters", () => {
    expect(messages({ type: "return", comment: "x".repeat(10_001) })).toEqual([
      "comment is too long (at most 10,000 characters, counted as UTF-16 code units: some emoji count as 2)",
    ]);
    expect(messages({ type: "return", comment: "x".repeat(10_000) })).toBeUndefined();
  });
});
