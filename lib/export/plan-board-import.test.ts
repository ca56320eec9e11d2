import { describe, expect, it } from "vitest";
import { describeTextAnchor } from "../anchoring/describe-text-anchor";
import { BOARD_EXPORT_FORMAT, BOARD_EXPORT_FORMAT_V1, type TBoardExportV2 } from "./board-export";
import { planBoardImport } from "./plan-board-import";

const text = "The council says spending rose by 4% last year.\nCritics dispute the figure.";
const selector = describeTextAnchor(text, 17, 46);

function exported(): TBoardExportV2 {
  return {
    format: BOARD_EXPORT_FORMAT,
    exportedAt: "2026-11-24T00:00:00.000Z",
    board: { id: "b1", title: "Council budget", description: "", visibility: "private" },
    article: { title: null, byline: null, publisher: null, publishedOn: null, url: null, text, contentHash: "x" },
    claims: [
      { id: "c1", statement: "Spending rose by 4%.", selector, speaker: "the council", kind: "quantity", checkable: true, checkworthiness: 0.9, verdict: "unverified", verdictRationale: "" },
      { id: "c2", statement: "Critics dispute it.", selector: describeTextAnchor(text, 48, 75), speaker: "critics", kind: "other", checkable: true, checkworthiness: 0.5, verdict: "unverified", verdictRationale: "" },
    ],
    evidence: [{ id: "e1", title: "Budget report", url: "https://example.org/budget", publisher: null, publishedOn: "2026-03-01", excerpt: "", sourceType: "primary_document", reliability: 5, provenance: "" }],
    links: [{ id: "l1", claimId: "c1", evidenceId: "e1", stance: "supports", strength: 4, note: "" }],
    relations: [{ id: "r1", fromClaimId: "c2", toClaimId: "c1", type: "attacks", note: "" }],
  };
}

describe("planBoardImport", () => {
  it("turns a valid export into a plan keyed by the exported ids", () => {
    const result = planBoardImport(exported());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.text).toBe(text);
    expect(result.plan.claims[0]).toMatchObject({ key: "c1", quote: "spending rose by 4% last year", selector });
    expect(result.plan.links).toEqual([{ claim: "c1", evidence: "e1", stance: "supports", strength: 4, note: "" }]);
    expect(result.plan.relations).toEqual([{ from: "c2", to: "c1", type: "attacks", note: "" }]);
  });

  it("refuses another format with a message naming the field", () => {
    const result = planBoardImport({ ...exported(), format: "something.else" });
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.problems[0]).toContain("format");
    expect(planBoardImport("not an object").ok).toBe(false);
  });

  it("refuses selectors that do not match the text, dangling links, repeated pairs and javascript: URLs", () => {
    const board = exported();
    board.claims[0]!.selector = { ...selector, start: selector.start + 1 };
    board.links.push({ id: "l2", claimId: "c9", evidenceId: "e1", stance: "disputes", strength: 3, note: "" });
    board.links.push({ id: "l3", claimId: "c2", evidenceId: "e1", stance: "context", strength: 3, note: "" }, { id: "l4", claimId: "c2", evidenceId: "e1", stance: "supports", strength: 3, note: "" });
    board.evidence[0]!.url = "javascript:alert(1)";
    board.relations.push({ id: "r2", fromClaimId: "c1", toClaimId: "c1", type: "supports", note: "" });
    const result = planBoardImport(board);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        "claim c1: its selector does not match the article text",
        "evidence e1: url must be an http:// or https:// address",
        "link l2 names a claim or evidence the file does not have",
        "link l4 repeats a claim–evidence pair",
        "relation r2 relates a claim to itself",
      ]),
    );
  });

  it("reads each claim's base score from a v2 file, and gives 0.5 to a claim without one", () => {
    const board = exported();
    board.claims[0]!.baseScore = 0.8;
    board.claims[0]!.strength = 0.9;
    const result = planBoardImport(board);
    expect(result.ok && result.plan.claims.map((claim) => claim.baseScore)).toEqual([0.8, 0.5]);
  });

  it("still imports a v1 file, its claims at the default base score 0.5", () => {
    const v1: Record<string, unknown> = { ...exported(), format: BOARD_EXPORT_FORMAT_V1 };
    delete v1.strengthSettled;
    delete v1.undercuts;
    delete v1.premiseGroups;
    const result = planBoardImport(v1);
    expect(result.ok && result.plan.claims.map((claim) => claim.baseScore)).toEqual([0.5, 0.5]);
  });

  it("refuses a base score out of 0..1 or not a number, naming the claim's row", () => {
    for (const baseScore of [1.5, -0.1, "0.7", null]) {
      const board = exported() as unknown as { claims: Record<string, unknown>[] };
      board.claims[1]!.baseScore = baseScore;
      const result = planBoardImport(board);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.problems[0]).toMatch(/^claims\.1\.baseScore: /);
    }
  });

  it("plans undercuts by the ends of the edge they undercut, and refuses bad undercuts and premise groups", () => {
    const board = exported();
    board.undercuts = [{ id: "u1", fromClaimId: "c2", target: { type: "link", id: "l1" }, note: "Old data" }];
    const planned = planBoardImport(board);
    expect(planned.ok && planned.plan.undercuts).toEqual([{ from: "c2", target: { type: "link", claim: "c1", evidence: "e1" }, note: "Old data" }]);
    board.undercuts = [
      { id: "u1", fromClaimId: "c2", target: { type: "link", id: "l9" } },
      { id: "u2", fromClaimId: "c2", target: { type: "relation", id: "r1" } },
    ];
    board.premiseGroups = [
      { id: "g1", premiseClaimIds: ["c1", "c2"], toClaimId: "c1", type: "supports" },
      { id: "g2", premiseClaimIds: ["c2"], toClaimId: "c1", type: "supports" },
    ];
    const result = planBoardImport(board);
    expect(!result.ok && result.problems).toEqual([
      "undercut u1 names a claim or link the file does not have",
      "undercut u2 undercuts an edge its own claim is an end of",
      "premise group g1 has its target as a premise",
      "premise group g2 must have 2 to 12 premises",
    ]);
    expect(planBoardImport({ ...board, undercuts: [], premiseGroups: [] }).ok).toBe(true);
  });
});
