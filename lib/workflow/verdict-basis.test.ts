import { describe, expect, it } from "vitest";
import { WORKFLOW_STAGES, type TWorkflowStage } from "./stages";
import { changedBasisFields, holdsVerdictBasis, lastEvidenceRemovalRefusal, verdictBasisEditRefusal } from "./verdict-basis";

const claimAt = (stage: TWorkflowStage) => ({ stage, statement: "Casualties doubled.", kind: "quantity", checkable: true });

describe("verdict basis", () => {
  it("holds still only while a verdict is waiting for review or published", () => {
    expect(WORKFLOW_STAGES.filter(holdsVerdictBasis)).toEqual(["ready_for_review", "published"]);
  });

  it("counts only fields whose value really changes", () => {
    const claim = claimAt("published");
    expect(changedBasisFields(claim, { statement: "Casualties doubled.", kind: "quantity", checkable: true })).toEqual([]);
    expect(changedBasisFields(claim, { statement: "Casualties tripled.", checkable: false })).toEqual(["statement", "checkable"]);
  });

  it("lets any field change before review and after a return", () => {
    for (const stage of ["unassigned", "researching", "returned"] as const) {
      expect(verdictBasisEditRefusal(claimAt(stage), { statement: "Casualties tripled.", kind: "other", checkable: false })).toBeNull();
    }
  });

  it("refuses a new statement, kind or checkable setting under a verdict in review, naming what and what to do", () => {
    const reason = verdictBasisEditRefusal(claimAt("ready_for_review"), { statement: "Casualties tripled.", kind: "other" });
    expect(reason).toMatch(/^This claim's proposed verdict is waiting for review, so its statement and kind can't change under it\./);
    expect(reason).toMatch(/Ask an editor to return it for rework/);
    expect(reason).toMatch(/speaker and check-worthiness can still be edited/);
  });

  it("refuses them under a published verdict, pointing to a correction or a new claim", () => {
    const reason = verdictBasisEditRefusal(claimAt("published"), { checkable: false });
    expect(reason).toMatch(/^This claim's verdict is published, so its checkable setting can't change under it/);
    expect(reason).toMatch(/an editor corrects it; for new wording, add a new claim/);
  });

  it("lets an unchanged basis through in every stage (the edit form sends every field)", () => {
    for (const stage of WORKFLOW_STAGES) {
      expect(verdictBasisEditRefusal(claimAt(stage), { statement: "Casualties doubled.", kind: "quantity", checkable: true })).toBeNull();
    }
  });

  it("names each claim that would be left without evidence", () => {
    expect(lastEvidenceRemovalRefusal([{ statement: "Casualties doubled.", stage: "published" }])).toBe(
      "Nothing was removed: this would leave “Casualties doubled.” (Published) with no linked evidence, and its verdict rests on at least one source. Link other evidence to it first.",
    );
    const two = lastEvidenceRemovalRefusal([
      { statement: "A".repeat(80), stage: "ready_for_review" },
      { statement: "B", stage: "published" },
    ]);
    expect(two).toContain(`“${"A".repeat(59)}…” (Ready for review) and “B” (Published)`);
    expect(two).toMatch(/their verdicts rest on at least one source\. Link other evidence to them first, or ask an editor to return a claim waiting for review\.$/);
  });
});
