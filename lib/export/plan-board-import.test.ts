import { describe, expect, it } from "vitest";
import { describeTextAnchor } from "../anchoring/describe-text-anchor";
import { BOARD_EXPORT_FORMAT, type TBoardExportV1 } from "./board-export";
import { planBoardImport } from "./plan-board-import";

const text = "The council says spending rose by 4% last year.\nCritics dispute the figure.";
const selector = describeTextAnchor(text, 17, 46);

function exported(): TBoardExportV1 {
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
});
