// The board report, its PDF and the claims CSV, read by members, outsiders and signed-out readers: a private board
// is not found for anyone outside it, and a public board's readers see published findings only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZBoardExportV2 } from "../../export/board-export";
import { renderReportPdf } from "../../report/render-report-pdf";
import { buildRichInstall, type TRichInstall } from "../../testing/build-rich-install";
import { isPdf, pdfText } from "../../testing/pdf-text";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../../testing/test-databases";
import { createTestOutsider, type TTestMember } from "../../testing/test-members";
import { VERDICTS } from "../../schemas/vocabulary";
import type { TActor } from "../actor";
import { DataError } from "../errors";
import { loadMemberActor } from "../members/load-member-actor";
import { getBoardClaimsCsv } from "./get-board-claims-csv";
import { getBoardExport } from "./get-board-export";
import { getBoardReport } from "./get-board-report";
import { importBoard } from "./import-board";

const ANONYMOUS: TActor = { userId: null, roles: {} };
const ORIGIN = "https://claims.example";

describe.each(TEST_PROVIDERS)("the board report and claims CSV on %s", (provider) => {
  let database: TTestDatabase;
  let rich: TRichInstall;
  let editor: TActor;
  let outsider: TTestMember;
  let statements: Map<string, { statement: string; number: number }>;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    rich = await buildRichInstall(database.db, provider);
    const editorUser = await database.db.user.findUniqueOrThrow({ where: { email: "editor@demo.claimgraph.test" } });
    editor = await loadMemberActor(database.db, editorUser.id);
    outsider = await createTestOutsider(database.db);
    const claims = await database.db.claim.findMany({ where: { boardId: rich.boardId }, select: { id: true, statement: true, number: true } });
    statements = new Map(claims.map((claim) => [claim.id, claim]));
  });
  afterAll(async () => {
    await database?.drop();
  });

  const rejection = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);
  const numberOf = (key: keyof TRichInstall["claims"]) => statements.get(rich.claims[key])!.number;

  it("shows a signed-out reader of the public board only the published findings, and no one's email", async () => {
    const report = await getBoardReport(database.db, ANONYMOUS, rich.boardId);
    const withFinding = report.claims.filter((claim) => claim.finding).map((claim) => claim.number).sort((a, b) => a - b);
    expect(withFinding).toEqual([numberOf("published"), numberOf("corrected")].sort((a, b) => a - b));
    expect(report.claims.find((claim) => claim.number === numberOf("published"))?.finding).toMatchObject({
      label: "Pants on fire",
      rationale: "The cited figures contradict it.",
    });
    const json = JSON.stringify(report);
    // Proposals still in review or returned are not findings.
    expect(json).not.toContain("Sources disagree.");
    expect(json).not.toContain("One source agrees.");
    expect(json).not.toContain("@demo.claimgraph.test");
    expect(report.corrections).toEqual([
      expect.objectContaining({ claimNumber: numberOf("corrected"), toLabel: "Misleading", reason: "A second source qualifies the figures." }),
    ]);
    expect(report.reviewers.map((reviewer) => [reviewer.checked, reviewer.approved, reviewer.corrected])).toEqual(
      expect.arrayContaining([[2, 0, 0], [0, 2, 1]]),
    );
    expect(report.claims).toHaveLength(statements.size);
  });

  it("gives the same findings to members as to readers, since a report is what is published", async () => {
    const forMember = await getBoardReport(database.db, editor, rich.boardId);
    const forReader = await getBoardReport(database.db, ANONYMOUS, rich.boardId);
    expect(forMember.claims.map((claim) => claim.finding)).toEqual(forReader.claims.map((claim) => claim.finding));
  });

  it("renders the report as a PDF carrying the published claims, their verdicts and rationale", async () => {
    const pdf = await renderReportPdf(await getBoardReport(database.db, ANONYMOUS, rich.boardId), { origin: ORIGIN });
    expect(isPdf(pdf)).toBe(true);
    const text = pdfText(pdf).replace(/\s+/g, " ");
    expect(text).toContain(`#${numberOf("published")}`);
    expect(text).toContain("Verdict: Pants on fire");
    expect(text).toContain("The cited figures contradict it.");
    expect(text).not.toContain("Sources disagree.");
  });

  it("exports the claims as CSV with published verdicts only, stages, assignees and evidence counts", async () => {
    const csv = await getBoardClaimsCsv(database.db, ANONYMOUS, rich.boardId, ORIGIN);
    const lines = csv.replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);
    expect(lines).toHaveLength(statements.size + 1);
    const row = (key: keyof TRichInstall["claims"]) => lines.find((line) => line.startsWith(`${numberOf(key)},`))!;
    expect(row("published")).toContain(",Published,Pants on fire,");
    expect(row("published")).toContain(`${ORIGIN}/boards/${rich.boardId}/claims/${numberOf("published")}`);
    expect(row("inReview")).toContain(",Ready for review,,");
    expect(row("returned")).toContain(",Returned,,,");
    expect(row("returned")).toContain(",2030-04-01,");
    expect(csv).not.toContain("@demo.claimgraph.test");
  });

  it("hides a private board's report and CSV from outsiders and signed-out readers with not_found", async () => {
    await database.db.board.update({ where: { id: rich.boardId }, data: { visibility: "private" } });
    try {
      for (const actor of [outsider.actor, ANONYMOUS]) {
        // Each read starts when it is awaited: started together, the second rejected unhandled while the first ran.
        for (const read of [() => getBoardReport(database.db, actor, rich.boardId), () => getBoardClaimsCsv(database.db, actor, rich.boardId, null)]) {
          const error = await rejection(read());
          expect(error).toBeInstanceOf(DataError);
          expect((error as DataError).code).toBe("not_found");
        }
      }
      expect((await getBoardReport(database.db, editor, rich.boardId)).claims).toHaveLength(statements.size);
    } finally {
      await database.db.board.update({ where: { id: rich.boardId }, data: { visibility: "public" } });
    }
  });

  it("shows an imported board's carried verdicts as no finding in the report or the CSV", async () => {
    const exported = await getBoardExport(database.db, editor, rich.boardId);
    const withVerdicts = { ...exported, claims: exported.claims.map((claim, index) => ({ ...claim, verdict: VERDICTS[(index % (VERDICTS.length - 1)) + 1]! })) };
    const { id } = await importBoard(database.db, editor, ZBoardExportV2.parse(withVerdicts));
    const report = await getBoardReport(database.db, editor, id);
    expect(report.claims.every((claim) => claim.finding === null)).toBe(true);
    expect(report.publishedCount).toBe(0);
    expect(report.reviewers).toEqual([]);
    const header = "number,statement,speaker,quote,stage,published_verdict";
    const csv = (await getBoardClaimsCsv(database.db, editor, id, null)).replace(/^\uFEFF/, "");
    expect(csv.startsWith(header)).toBe(true);
    for (const line of csv.split("\r\n").slice(1).filter(Boolean)) expect(line).toMatch(/,Unassigned,,,,,\d+,\d+,\d+,\d+,\/boards\//);
  });
});
