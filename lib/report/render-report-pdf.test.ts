import { describe, expect, it } from "vitest";
import { isPdf, pdfPageCount, pdfText } from "../testing/pdf-text";
import type { TBoardReport } from "./board-report";
import { reviewerWork } from "./board-report";
import { renderReportPdf } from "./render-report-pdf";
import { toWinAnsi } from "./win-ansi";

const report: TBoardReport = {
  boardId: "b1",
  title: "Basra board",
  description: "",
  article: { title: "The battle for Basra", byline: "Jonathan Steele", publisher: null, publishedOn: null, url: "https://example.org/basra" },
  paragraphs: [[{ type: "text", text: "Before. ", quoted: false }, { type: "text", text: "The city fell.", quoted: true }, { type: "marker", number: 3 }]],
  claims: [
    {
      number: 3,
      statement: "The city fell in a day",
      speaker: "US officials",
      quote: "The city fell.",
      stage: "published",
      stageLabel: "Published",
      finding: { verdict: "false", label: "False", icon: "✗", rationale: "Fighting lasted a week.", publishedOn: "2026-03-04" },
      strength: 0.25,
      evidence: [{ stance: "disputes", stanceLabel: "Disputes", title: "Army log", publisher: "MoD", publishedOn: "2008-04-02", url: "https://example.org/log", excerpt: "Six days of fighting", note: "" }],
      corrections: [],
      permalinkPath: "/boards/b1/claims/3",
    },
    {
      number: 4,
      statement: "Unchecked one",
      speaker: "",
      quote: "x",
      stage: "researching",
      stageLabel: "Researching",
      finding: null,
      strength: null,
      evidence: [],
      corrections: [],
      permalinkPath: "/boards/b1/claims/4",
    },
  ],
  corrections: [],
  reviewers: [{ name: "Chen Checker", checked: 1, approved: 0, corrected: 0 }],
  publishedCount: 1,
};

describe("renderReportPdf", () => {
  it("is a valid PDF whose text carries each claim, its verdict, rationale, evidence, strength and the reviewers", async () => {
    const pdf = await renderReportPdf(report, { origin: "https://claims.example", generatedOn: "2026-05-01" });
    expect(isPdf(pdf)).toBe(true);
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(1);
    const text = pdfText(pdf).replace(/\s+/g, " ");
    for (const expected of [
      "Basra board",
      "The city fell.",
      "[3]",
      "#3 The city fell in a day",
      "Verdict: False (published 2026-03-04)",
      "Fighting lasted a week.",
      "Strength 0.25",
      "Disputes: Army log (MoD, 2008-04-02)",
      "“Six days of fighting”",
      "No published verdict yet (Researching).",
      "Chen Checker: checked 1 published verdict",
      "2 claims, 1 with a published verdict. Generated on 2026-05-01.",
    ]) {
      expect(text).toContain(expected);
    }
    // Nothing the report lacks: no strength for the unsettled claim, no finding for the unpublished one.
    expect(text.match(/Strength /g)).toHaveLength(1);
    expect(text.match(/Verdict: /g)).toHaveLength(1);
  });

  it("links each claim to its permalink under the public origin, and the PDF carries no remote font", async () => {
    const pdf = await renderReportPdf(report, { origin: "https://claims.example", compress: false });
    const raw = Buffer.from(pdf).toString("latin1");
    expect(raw).toContain("(https://claims.example/boards/b1/claims/3)");
    expect(raw).not.toContain("localhost");
    expect(raw).not.toMatch(/FontFile/);
    expect(raw).toContain("/BaseFont /Helvetica");
  });

  it("says how many characters it could not draw instead of printing garbage", async () => {
    const arabic = { ...report, title: "بصرة Basra" };
    const text = pdfText(await renderReportPdf(arabic, { origin: null })).replace(/\s+/g, " ");
    expect(text).toContain("4 characters in this board's text cannot be drawn");
    expect(text).toContain("???? Basra");
  });
});

describe("toWinAnsi", () => {
  it("keeps what Helvetica draws, curly quotes and dashes included, and counts what it replaces", () => {
    expect(toWinAnsi("“Quote” — café, 5 €")).toEqual({ text: "“Quote” — café, 5 €", replaced: 0 });
    expect(toWinAnsi("a\u0628b😀")).toEqual({ text: "a?b?", replaced: 2 });
    expect(toWinAnsi("line\nbreak")).toEqual({ text: "line break", replaced: 0 });
  });
});

describe("reviewerWork", () => {
  it("names only what the person did", () => {
    expect(reviewerWork({ checked: 2, approved: 0, corrected: 1 })).toBe("checked 2, corrected 1 published verdicts");
  });
});
