import { describe, expect, it } from "vitest";
import { testClaim } from "../testing/test-board";
import { testBoardView as testBoard } from "../testing/test-board-view";
import { buildClaimsCsv, csvField, toCsv } from "./claims-csv";

describe("csvField (RFC 4180)", () => {
  it("leaves plain text and numbers as they are", () => {
    expect(csvField("Basra fell")).toBe("Basra fell");
    expect(csvField(12)).toBe("12");
    expect(csvField(null)).toBe("");
  });

  it("quotes a field with a comma, quote or line break, doubling its quotes", () => {
    expect(csvField("a, b")).toBe('"a, b"');
    expect(csvField('He said "no"')).toBe('"He said ""no"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\rhere")).toBe('"cr\rhere"');
  });

  it("disarms text a spreadsheet would run as a formula, whatever it starts with", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) {
      const field = csvField(`${start}1+1`);
      expect(field.replace(/^"/, "").startsWith(`'${start}`), JSON.stringify(field)).toBe(true);
    }
    expect(csvField('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    // Only at the start: a formula sign inside the text is plain text.
    expect(csvField("1+1=2")).toBe("1+1=2");
  });
});

describe("toCsv", () => {
  it("ends every record with CRLF", () => {
    expect(toCsv([["a", "b"], ["c", null]])).toBe("a,b\r\nc,\r\n");
  });
});

describe("buildClaimsCsv", () => {
  const rows = (csv: string) => csv.replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);

  it("gives one row per claim by number, with its published verdict, stage, assignee and evidence counts", () => {
    const board = testBoard({
      claims: [
        { ...testClaim("c2", "false"), statement: "=cmd|' /C calc'!A0", verdictRationale: "x", assigneeId: "u-gone" },
        { ...testClaim("c1"), verdict: "verified", stage: "ready_for_review", assigneeId: "u-checker", dueOn: "2030-01-01" },
      ],
      links: [
        { id: "l1", claimId: "c2", evidenceId: "e1", stance: "disputes", strength: 3, note: "" },
        { id: "l2", claimId: "c2", evidenceId: "e2", stance: "supports", strength: 3, note: "" },
        { id: "l3", claimId: "c2", evidenceId: "e3", stance: "context", strength: 3, note: "" },
      ],
      members: [{ userId: "u-checker", name: "Chen, Checker", email: null, role: "checker" }],
    });
    const csv = buildClaimsCsv(board, "https://claims.example");
    expect(csv.startsWith("\uFEFFnumber,statement,speaker,quote,stage,published_verdict,")).toBe(true);
    const [, first, second] = rows(csv);
    // An unpublished claim's recorded verdict is no finding: the column stays empty.
    expect(first).toBe(`1,Statement c1,,c1,Ready for review,,,"Chen, Checker",2030-01-01,0,0,0,0,https://claims.example/boards/${board.id}/claims/1`);
    expect(second).toBe(`2,'=cmd|' /C calc'!A0,,c2,Published,False,2024-01-02,A former member,,3,1,1,1,https://claims.example/boards/${board.id}/claims/2`);
  });

  it("gives permalinks as paths when the public origin is unknown", () => {
    const board = testBoard({ claims: [testClaim("c1")] });
    expect(rows(buildClaimsCsv(board, null))[1]).toMatch(new RegExp(`,/boards/${board.id}/claims/1$`));
  });
});
