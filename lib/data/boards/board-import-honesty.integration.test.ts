// An imported board keeps the verdicts it was exported with, but shows none of
// them as a finding: its workflow starts afresh (unassigned, nobody's
// proposal, nothing published), so every view reads "unverified" until the
// team publishes a verdict here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TBoardView } from "../../board/types";
import { ZBoardExportV2, type TBoardExportV2 } from "../../export/board-export";
import { buildBoardGraph } from "../../graph/build-board-graph";
import { cardSummaries, summariseProgress } from "../../review/card-summary";
import { VERDICTS } from "../../schemas/vocabulary";
import { buildRichInstall, type TRichInstall } from "../../testing/build-rich-install";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../../testing/test-databases";
import { isOpinion, publishedVerdict, unreviewedVerdict } from "../../workflow/published-verdict";
import type { TActor } from "../actor";
import { loadMemberActor } from "../members/load-member-actor";
import { getBoardClaimReviews } from "./get-board-claim-reviews";
import { getBoardExport } from "./get-board-export";
import { getBoardGraph } from "./get-board-graph";
import { getBoardView } from "./get-board-view";
import { importBoard } from "./import-board";

describe.each(TEST_PROVIDERS)("an imported board on %s", (provider) => {
  let database: TTestDatabase;
  let rich: TRichInstall;
  let editor: TActor;
  let exported: TBoardExportV2;
  let imported: TBoardView;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    rich = await buildRichInstall(database.db, provider);
    const editorUser = await database.db.user.findUniqueOrThrow({ where: { email: "editor@demo.claimgraph.test" } });
    editor = await loadMemberActor(database.db, editorUser.id);
    exported = await getBoardExport(database.db, editor, rich.boardId);
    // As a file from elsewhere might say: every verdict there is, on the claims in turn.
    const withEveryVerdict = { ...exported, claims: exported.claims.map((claim, index) => ({ ...claim, verdict: VERDICTS[index % VERDICTS.length]! })) };
    const { id } = await importBoard(database.db, editor, ZBoardExportV2.parse(withEveryVerdict));
    imported = await getBoardView(database.db, editor, id);
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("exports the source board's published verdicts, and keeps the file's verdicts on import", () => {
    const source = new Map(exported.claims.map((claim) => [claim.id, claim.verdict]));
    expect(source.get(rich.claims.published)).toBe("false");
    expect(source.get(rich.claims.corrected)).toBe("misleading");
    expect(imported.claims).toHaveLength(exported.claims.length);
    expect(new Set(imported.claims.map((claim) => claim.verdict))).toEqual(new Set(VERDICTS));
  });

  it("starts its workflow afresh: nothing assigned, proposed, due or published, and the board private", async () => {
    for (const claim of imported.claims) {
      expect(claim).toMatchObject({ stage: "unassigned", assigneeId: null, proposedVerdict: null, proposedById: null, approvedById: null, publishedAt: null, dueOn: null });
    }
    const row = await database.db.board.findUniqueOrThrow({ where: { id: imported.id }, include: { _count: { select: { comments: true, corrections: true, positions: true } } } });
    expect(row).toMatchObject({ visibility: "private", graphDirection: "TB", _count: { comments: 0, corrections: 0, positions: 0 } });
  });

  it("shows no verdict as a finding in the article view: each one it carries is marked as not reviewed", () => {
    for (const claim of imported.claims) {
      expect(publishedVerdict(claim)).toBe("unverified");
      expect(unreviewedVerdict(claim)).toBe(claim.verdict === "unverified" ? null : claim.verdict);
    }
  });

  it("shows every claim in the graph as unverified, or as an opinion when it is one, and a verdict filter finds none of them", async () => {
    const graph = await getBoardGraph(database.db, editor, imported.id);
    const claimNodes = graph.nodes.filter((node) => node.type === "claim");
    expect(claimNodes).toHaveLength(imported.claims.length);
    const opinionIds = new Set(imported.claims.filter(isOpinion).map((claim) => claim.id));
    expect(opinionIds.size, "the Basra board has opinions").toBeGreaterThan(0);
    for (const node of claimNodes) expect(node.data.verdict).toBe(opinionIds.has(node.id) ? "opinion" : "unverified");
    // "Opinion" is the label a claim marked not checkable wears, never a finding: the finding filters find nothing.
    for (const verdict of VERDICTS.filter((v) => v !== "unverified" && v !== "opinion")) {
      expect(buildBoardGraph(imported, { verdicts: [verdict] }).nodes.filter((node) => node.type === "claim"), verdict).toEqual([]);
    }
  });

  it("counts nothing as published on the review board, and shows carried verdicts as recorded, not reviewed (opinions as opinions)", () => {
    const progress = summariseProgress(imported.claims, "2026-01-01");
    expect(progress).toMatchObject({ total: imported.claims.length, published: 0, publishedByVerdict: [] });
    const summaries = cardSummaries(imported, "2026-01-01");
    for (const claim of imported.claims) {
      expect(summaries.of(claim).verdict?.status ?? "recorded").toBe(isOpinion(claim) ? "opinion" : "recorded");
    }
  });

  it("publishes no ClaimReview, while the source board publishes its two", async () => {
    const importedReviews = await getBoardClaimReviews(database.db, editor, imported.id, null);
    expect(importedReviews["@graph"]).toEqual([]);
    const sourceReviews = await getBoardClaimReviews(database.db, editor, rich.boardId, null);
    expect(sourceReviews["@graph"]).toHaveLength(2);
  });
});
