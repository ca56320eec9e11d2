import { describe, expect, it } from "vitest";
import type { TClaimView } from "../board/types";
import { testClaim, testEvidence } from "../testing/test-board";
import { testBoardView } from "../testing/test-board-view";
import { articlePieces, buildBoardReport } from "./board-report";

const TEXT = "The city fell in a day. Officials said so.\n\nA second paragraph.";
const at = (claim: TClaimView, exact: string): TClaimView => {
  const start = TEXT.indexOf(exact);
  return { ...claim, selector: { exact, prefix: "", suffix: "", start, end: start + exact.length } };
};

describe("articlePieces", () => {
  it("marks quoted text and puts each claim's number right after its quote, nested and overlapping ones too", () => {
    const pieces = articlePieces(TEXT, [
      { number: 2, start: 0, end: 23 },
      { number: 5, start: 4, end: 8 },
      { number: 7, start: 44, end: 62 },
    ]);
    expect(pieces).toEqual([
      [
        { type: "text", text: "The city", quoted: true },
        { type: "marker", number: 5 },
        { type: "text", text: " fell in a day.", quoted: true },
        { type: "marker", number: 2 },
        { type: "text", text: " Officials said so.", quoted: false },
      ],
      [
        { type: "text", text: "A second paragraph", quoted: true },
        { type: "marker", number: 7 },
        { type: "text", text: ".", quoted: false },
      ],
    ]);
  });

  it("keeps the text exactly: joined, the pieces are each paragraph", () => {
    const pieces = articlePieces(TEXT, [{ number: 1, start: 9, end: 50 }]);
    const joined = pieces.map((paragraph) => paragraph.map((piece) => (piece.type === "text" ? piece.text : "")).join(""));
    expect(joined).toEqual(["The city fell in a day. Officials said so.", "A second paragraph."]);
  });
});

describe("buildBoardReport", () => {
  const published = { ...at(testClaim("c1", "false"), "The city fell in a day."), verdictRationale: "Fighting lasted a week.", number: 1 };
  // Recorded without review (as an import leaves it): never a finding.
  const imported = { ...at(testClaim("c2"), "Officials said so."), verdict: "verified" as const, verdictRationale: "Carried over.", number: 2 };
  const inReview = {
    ...at(testClaim("c3"), "A second paragraph."),
    stage: "ready_for_review" as const,
    proposedVerdict: "disputed" as const,
    proposedRationale: "Sources disagree.",
    proposedById: "u-checker",
    number: 3,
  };
  const board = testBoardView({
    article: { id: "a1", title: "Basra", byline: "J. Steele", publisher: null, publishedOn: null, url: null, text: TEXT, contentHash: "" },
    claims: [published, imported, inReview],
    evidence: [{ ...testEvidence("e1", "MoD"), excerpt: "Six days of fighting", url: "https://example.org/log" }],
    links: [{ id: "l1", claimId: "c1", evidenceId: "e1", stance: "disputes", strength: 4, note: "Dated log" }],
    corrections: [{ id: "k1", claimId: "c1", fromVerdict: "misleading", toVerdict: "false", reason: "A second source.", correctedById: "u-editor", createdAt: "2026-03-05T10:00:00.000Z" }],
    members: [
      { userId: "u-checker", name: "Chen Checker", email: null, role: "checker" },
      { userId: "u-editor", name: "Eve Editor", email: null, role: "editor" },
    ],
  });
  const report = buildBoardReport(board);

  it("gives a finding only for a published claim: an imported or proposed verdict is no finding", () => {
    expect(report.claims.map((claim) => [claim.number, claim.finding?.label ?? null, claim.stageLabel])).toEqual([
      [1, "False", "Published"],
      [2, null, "Unassigned"],
      [3, null, "Ready for review"],
    ]);
    expect(report.claims[0]!.finding).toEqual({ verdict: "false", label: "False", icon: "✗", rationale: "Fighting lasted a week.", publishedOn: "2024-01-02" });
    expect(JSON.stringify(report)).not.toContain("Carried over.");
    expect(JSON.stringify(report)).not.toContain("Sources disagree.");
    expect(report.publishedCount).toBe(1);
  });

  it("carries each claim's exact quote, evidence with its source, strength and permalink", () => {
    const [first] = report.claims;
    expect(first).toMatchObject({
      quote: "The city fell in a day.",
      permalinkPath: "/boards/board1/claims/1",
      evidence: [{ stanceLabel: "Disputes", title: "Title e1", publisher: "MoD", url: "https://example.org/log", excerpt: "Six days of fighting", note: "Dated log" }],
    });
    // Disputed by evidence of reliability 3 with link strength 4: below its base score, and a real DF-QuAD number.
    expect(first!.strength).toBeGreaterThan(0);
    expect(first!.strength).toBeLessThan(0.5);
    expect(report.claims[1]!.strength).toBe(0.5);
  });

  it("lists corrections by claim number and credits only published work", () => {
    expect(report.corrections).toEqual([
      { claimNumber: 1, fromLabel: "Misleading", toLabel: "False", reason: "A second source.", correctedBy: "Eve Editor", correctedOn: "2026-03-05" },
    ]);
    expect(report.claims[0]!.corrections).toHaveLength(1);
    // Chen proposed c1 (published) and c3 (still in review): only c1 counts.
    expect(report.reviewers).toEqual([
      { name: "Chen Checker", checked: 1, approved: 0, corrected: 0 },
      { name: "Eve Editor", checked: 0, approved: 1, corrected: 1 },
    ]);
  });

  it("names someone no longer in the workspace honestly", () => {
    const gone = buildBoardReport({ ...board, members: [] });
    expect(gone.reviewers.map((reviewer) => reviewer.name)).toEqual(["A former member", "A former member"]);
  });

  it("shows no strength when the board's rows are inconsistent", () => {
    const broken = buildBoardReport({ ...board, links: [{ id: "l1", claimId: "c1", evidenceId: "missing", stance: "disputes", strength: 4, note: "" }] });
    expect(broken.claims.map((claim) => claim.strength)).toEqual([null, null, null]);
  });
});
