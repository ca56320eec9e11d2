import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anchorMatchesText } from "../anchoring/verify-text-anchor";
import { describeTextAnchor } from "../anchoring/describe-text-anchor";
import { ZBoardExportV2 } from "../export/board-export";
import { ZClaimCreateInput, ZClaimUpdateInput } from "../schemas/claim";
import { ZEvidenceCreateInput } from "../schemas/evidence";
import { ZEvidenceLinkCreateInput } from "../schemas/link";
import { BASRA_SEED_KEY, readSeedBoard } from "../seed/read-seed-board";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../testing/test-databases";
import { LOCAL_OWNER, type TActor } from "./actor";
import { ZBoardCreateInput } from "../schemas/board";
import { createBoard } from "./boards/create-board";
import { importBoard } from "./boards/import-board";
import { getBoardExport } from "./boards/get-board-export";
import { getBoardView } from "./boards/get-board-view";
import { listBoards } from "./boards/list-boards";
import { createClaim } from "./claims/create-claim";
import { deleteClaim } from "./claims/delete-claim";
import { updateClaim } from "./claims/update-claim";
import { createEvidence } from "./evidence/create-evidence";
import { deleteEvidence } from "./evidence/delete-evidence";
import { updateEvidence } from "./evidence/update-evidence";
import { createEvidenceLink } from "./links/create-evidence-link";
import { deleteEvidenceLink } from "./links/delete-evidence-link";
import { updateEvidenceLink } from "./links/update-evidence-link";
import { saveNodePositions } from "./positions/save-node-positions";
import { createClaimRelation } from "./relations/create-claim-relation";
import { deleteClaimRelation } from "./relations/delete-claim-relation";
import { updateClaimRelation } from "./relations/update-claim-relation";
import { importSeedBoard } from "./seed/import-seed-board";
import { listActivity } from "./activity/list-activity";
import { expectDataError } from "../testing/expect-data-error";

const plan = readSeedBoard(BASRA_SEED_KEY);
const owner = LOCAL_OWNER;

describe.each(TEST_PROVIDERS)("data layer on %s", (provider) => {
  let database: TTestDatabase;
  let boardId: string;
  let workspaceId: string;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    const seeded = await importSeedBoard(database.db, plan);
    boardId = seeded.boardId;
    workspaceId = (await database.db.board.findUniqueOrThrow({ where: { id: boardId } })).workspaceId;
  });
  afterAll(async () => {
    await database?.drop();
  });

  const counts = async () => {
    const { db } = database;
    const [claims, evidence, links, relations, positions] = await Promise.all([
      db.claim.count(),
      db.evidence.count(),
      db.evidenceLink.count(),
      db.claimRelation.count(),
      db.nodePosition.count(),
    ]);
    return { claims, evidence, links, relations, positions };
  };
  const claimByKey = async (key: string) => {
    const quote = plan.claims.find((claim) => claim.key === key)!.quote;
    return database.db.claim.findFirstOrThrow({ where: { boardId, quoteExact: quote } });
  };

  describe("seeding", () => {
    it("imports every claim, evidence item, link and relation of the seed file", async () => {
      expect(await counts()).toEqual({
        claims: plan.claims.length,
        evidence: plan.evidence.length,
        links: plan.links.length,
        relations: plan.relations.length,
        positions: 0,
      });
    });

    it("is idempotent: a second import changes nothing", async () => {
      const before = await counts();
      const again = await importSeedBoard(database.db, plan);
      expect(again).toEqual({ boardId, created: false });
      expect(await counts()).toEqual(before);
    });

    it("stores selectors that resolve to exactly each claim's quote", async () => {
      const board = await getBoardView(database.db, owner, boardId);
      expect(board.claims).toHaveLength(plan.claims.length);
      for (const seeded of plan.claims) {
        const claim = board.claims.find((c) => c.selector.exact === seeded.quote);
        expect(claim, seeded.key).toBeDefined();
        const { start, end } = claim!.selector;
        expect(board.article.text.slice(start, end)).toBe(seeded.quote);
        expect(anchorMatchesText(board.article.text, claim!.selector)).toBe(true);
      }
    });

    it("keeps the article text byte for byte, with its hash", async () => {
      const board = await getBoardView(database.db, owner, boardId);
      expect(board.article.text).toBe(plan.text);
      expect(board.article.contentHash).toMatch(/^[0-9a-f]{64}$/);
      expect(board.article.byline).toBe("Jonathan Steele");
      expect(board.article.title).toBeNull();
      expect(board.article.publishedOn).toBeNull();
    });
  });

  describe("evidence and links", () => {
    it("creates evidence linked to a claim in one write, visible in the board and the export", async () => {
      const surge = await claimByKey("surge-not-main-factor");
      const created = await createEvidence(
        database.db,
        owner,
        boardId,
        ZEvidenceCreateInput.parse({
          title: "Integration test source",
          url: "https://example.org/report",
          sourceType: "dataset",
          reliability: 4,
          link: { claimId: surge.id, stance: "disputes" },
        }),
      );
      expect(created.link).toMatchObject({ claimId: surge.id, evidenceId: created.id, stance: "disputes" });
      const exported = ZBoardExportV2.parse(await getBoardExport(database.db, owner, boardId));
      expect(exported.links).toContainEqual(expect.objectContaining({ claimId: surge.id, evidenceId: created.id, stance: "disputes" }));
      expect(exported.evidence.find((e) => e.id === created.id)?.url).toBe("https://example.org/report");
    });

    it("refuses a duplicate claim–evidence link with a conflict and writes nothing", async () => {
      const link = await database.db.evidenceLink.findFirstOrThrow({ where: { boardId } });
      const before = await counts();
      const error = await expectDataError(
        createEvidenceLink(database.db, owner, boardId, ZEvidenceLinkCreateInput.parse({
          claimId: link.claimId,
          evidenceId: link.evidenceId,
          stance: "context",
        })),
        "conflict",
      );
      expect(error.status).toBe(409);
      expect(await counts()).toEqual(before);
    });

    it("refuses links to unknown claims or evidence with not found", async () => {
      const evidence = await database.db.evidence.findFirstOrThrow({ where: { boardId } });
      await expectDataError(
        createEvidenceLink(database.db, owner, boardId, { claimId: "nope", evidenceId: evidence.id, stance: "supports", strength: 3, note: "" }),
        "not_found",
      );
      await expectDataError(updateEvidenceLink(database.db, owner, boardId, "missing-link", { stance: "context" }), "not_found");
      await expectDataError(deleteEvidenceLink(database.db, owner, boardId, "missing-link"), "not_found");
    });

    it("refuses new evidence linked to an unknown claim and leaves no orphan evidence", async () => {
      const before = await counts();
      await expectDataError(
        createEvidence(database.db, owner, boardId, ZEvidenceCreateInput.parse({
          title: "Orphan?",
          sourceType: "other",
          link: { claimId: "no-such-claim", stance: "supports" },
        })),
        "not_found",
      );
      expect(await counts()).toEqual(before);
    });

    it("changes a stance and removes a link", async () => {
      const link = await database.db.evidenceLink.findFirstOrThrow({ where: { boardId, stance: "supports" } });
      const changed = await updateEvidenceLink(database.db, owner, boardId, link.id, { stance: "context" });
      expect(changed.stance).toBe("context");
      await deleteEvidenceLink(database.db, owner, boardId, link.id);
      expect(await database.db.evidenceLink.findUnique({ where: { id: link.id } })).toBeNull();
    });

    it("refuses a second evidence item with the same URL", async () => {
      await expectDataError(
        createEvidence(database.db, owner, boardId, ZEvidenceCreateInput.parse({
          title: "Same link again",
          url: "https://example.org/report",
          sourceType: "other",
        })),
        "conflict",
      );
    });

    it("updates evidence with optimistic versions and deletes it with its links", async () => {
      const evidence = await database.db.evidence.create({
        data: { boardId, title: "To edit", sourceType: "other", reliability: 2 },
      });
      const edited = await updateEvidence(database.db, owner, boardId, evidence.id, { version: 1, reliability: 5 });
      expect(edited).toMatchObject({ reliability: 5, version: 2 });
      const stale = await expectDataError(
        updateEvidence(database.db, owner, boardId, evidence.id, { version: 1, reliability: 1 }),
        "conflict",
      );
      expect(stale.details?.current).toMatchObject({ reliability: 5, version: 2 });
      await deleteEvidence(database.db, owner, boardId, evidence.id);
      expect(await database.db.evidence.findUnique({ where: { id: evidence.id } })).toBeNull();
    });
  });

  describe("claims", () => {
    it("edits a claim's details, and a stale version gets a conflict carrying the current claim", async () => {
      const claim = await claimByKey("americans-approved-assault");
      const updated = await updateClaim(database.db, owner, boardId, claim.id, {
        version: claim.version,
        speaker: "Jonathan Steele",
      });
      expect(updated).toMatchObject({ speaker: "Jonathan Steele", version: claim.version + 1 });
      const conflict = await expectDataError(
        updateClaim(database.db, owner, boardId, claim.id, { version: claim.version, speaker: "Someone else" }),
        "conflict",
      );
      expect(conflict.details?.current).toMatchObject({ speaker: "Jonathan Steele" });
      expect((await database.db.claim.findUniqueOrThrow({ where: { id: claim.id } })).speaker).toBe("Jonathan Steele");
    });

    it("refuses a verdict in a claim edit, pointing at the workflow", async () => {
      const parsed = ZClaimUpdateInput.safeParse({ verdict: "false", verdictRationale: "Because." });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toMatch(/verdict, verdictRationale can't be set here: .*\/workflow/);
      expect(ZClaimCreateInput.safeParse({ statement: "x", selector: { exact: "a", prefix: "", suffix: "", start: 0, end: 1 }, verdict: "false" }).error?.issues[0]?.message).toMatch(/workflow/);
    });

    it("creates a claim from a selection with both selectors, and refuses the same span twice", async () => {
      const text = plan.text;
      const start = text.indexOf("Tens of thousands of families");
      const selector = describeTextAnchor(text, start, start + "Tens of thousands of families".length);
      const input = ZClaimCreateInput.parse({ statement: "Tens of thousands of families were trapped.", selector });
      const claim = await createClaim(database.db, owner, boardId, input);
      expect(claim.selector).toEqual(selector);
      expect(claim.verdict).toBe("unverified");
      await expectDataError(createClaim(database.db, owner, boardId, input), "conflict");
    });

    it("starts every new claim unverified and unassigned, an opinion too: only the workflow sets verdicts", async () => {
      const text = plan.text;
      const quote = "The number of deaths is unknown";
      const start = text.indexOf(quote);
      const selector = describeTextAnchor(text, start, start + quote.length);
      const claim = await createClaim(database.db, owner, boardId, ZClaimCreateInput.parse({ statement: "Deaths unknown.", selector, checkable: false }));
      expect(claim).toMatchObject({ checkable: false, verdict: "unverified", stage: "unassigned", assigneeId: null });
    });

    it("refuses a selector that does not match the article", async () => {
      const before = await counts();
      const selector = { exact: "words not in the article", prefix: "", suffix: "", start: 0, end: 24 };
      await expectDataError(
        createClaim(database.db, owner, boardId, ZClaimCreateInput.parse({ statement: "x", selector })),
        "unprocessable",
      );
      expect(await counts()).toEqual(before);
    });

    it("deletes a claim with its links, relations and position", async () => {
      const claim = await claimByKey("sadr-strengthened");
      await saveNodePositions(database.db, owner, boardId, { positions: [{ nodeId: claim.id, x: 1, y: 2 }] });
      expect(await database.db.claimRelation.count({ where: { OR: [{ fromClaimId: claim.id }, { toClaimId: claim.id }] } })).toBeGreaterThan(0);
      await deleteClaim(database.db, owner, boardId, claim.id);
      expect(await database.db.claimRelation.count({ where: { OR: [{ fromClaimId: claim.id }, { toClaimId: claim.id }] } })).toBe(0);
      expect(await database.db.evidenceLink.count({ where: { claimId: claim.id } })).toBe(0);
      expect(await database.db.nodePosition.count({ where: { nodeId: claim.id } })).toBe(0);
    });
  });

  describe("the article's argument", () => {
    it("relates two claims, refuses the same relation twice, changes and removes it", async () => {
      const from = await claimByKey("cheney-baghdad-visit");
      const to = await claimByKey("americans-approved-assault");
      const relation = await createClaimRelation(database.db, owner, boardId, { fromClaimId: from.id, toClaimId: to.id, type: "supports", note: "" });
      expect(relation).toMatchObject({ fromClaimId: from.id, toClaimId: to.id, type: "supports" });
      const before = await counts();
      await expectDataError(
        createClaimRelation(database.db, owner, boardId, { fromClaimId: from.id, toClaimId: to.id, type: "attacks", note: "" }),
        "conflict",
      );
      expect(await counts()).toEqual(before);
      expect((await updateClaimRelation(database.db, owner, boardId, relation.id, { type: "attacks" })).type).toBe("attacks");
      await deleteClaimRelation(database.db, owner, boardId, relation.id);
      expect(await database.db.claimRelation.findUnique({ where: { id: relation.id } })).toBeNull();
    });

    it("refuses relations naming unknown claims", async () => {
      const claim = await claimByKey("assault-foolish");
      await expectDataError(
        createClaimRelation(database.db, owner, boardId, { fromClaimId: claim.id, toClaimId: "missing", type: "supports", note: "" }),
        "not_found",
      );
      await expectDataError(deleteClaimRelation(database.db, owner, boardId, "missing"), "not_found");
    });
  });

  describe("graph positions", () => {
    it("saves dragged positions, and a direction change replaces them all", async () => {
      const [a, b] = await database.db.claim.findMany({ where: { boardId }, take: 2 });
      await saveNodePositions(database.db, owner, boardId, { positions: [{ nodeId: a!.id, x: 10, y: 20 }] });
      await saveNodePositions(database.db, owner, boardId, { positions: [{ nodeId: a!.id, x: 30, y: 40 }, { nodeId: b!.id, x: 0, y: 0 }] });
      expect((await getBoardView(database.db, owner, boardId)).positions[a!.id]).toEqual({ x: 30, y: 40 });
      await saveNodePositions(database.db, owner, boardId, { positions: [], direction: "LR" });
      const board = await getBoardView(database.db, owner, boardId);
      expect(board.graphDirection).toBe("LR");
      expect(board.positions).toEqual({});
    });

    it("refuses positions for nodes of another board and writes none of them", async () => {
      const claim = await database.db.claim.findFirstOrThrow({ where: { boardId } });
      const before = await counts();
      await expectDataError(
        saveNodePositions(database.db, owner, boardId, { positions: [{ nodeId: claim.id, x: 1, y: 1 }, { nodeId: "elsewhere", x: 2, y: 2 }] }),
        "not_found",
      );
      expect(await counts()).toEqual(before);
    });
  });

  describe("new boards", () => {
    it("creates a board for a pasted article, with its text normalised and hashed", async () => {
      const input = ZBoardCreateInput.parse({
        title: "A new check",
        article: { title: "", byline: "A. Writer", url: "https://example.org/story", text: "First paragraph.\r\nSecond one.\r\n\r\n" },
      });
      const { id } = await createBoard(database.db, owner, input);
      const board = await getBoardView(database.db, owner, id);
      expect(board.article).toMatchObject({ title: null, byline: "A. Writer", url: "https://example.org/story", text: "First paragraph.\nSecond one." });
      expect(board.article.contentHash).toMatch(/^[0-9a-f]{64}$/);
      expect(board.claims).toEqual([]);
    });

    it("imports an exported board as a new board with the same content and fresh ids", async () => {
      const original = await getBoardExport(database.db, owner, boardId);
      const { id } = await importBoard(database.db, owner, JSON.parse(JSON.stringify(original)));
      expect(id).not.toBe(boardId);
      const copy = await getBoardExport(database.db, owner, id);
      const withoutIds = (board: typeof original) => {
        const claimIndex = new Map(board.claims.map((c, i) => [c.id, i]));
        const evidenceIndex = new Map(board.evidence.map((e, i) => [e.id, i]));
        return {
          article: board.article,
          claims: board.claims.map((claim) => ({ ...claim, id: undefined })),
          evidence: board.evidence.map((item) => ({ ...item, id: undefined })),
          links: board.links
            .map((l) => ({ claim: claimIndex.get(l.claimId), evidence: evidenceIndex.get(l.evidenceId), stance: l.stance, strength: l.strength, note: l.note }))
            .sort((a, b) => a.claim! - b.claim! || a.evidence! - b.evidence!),
          relations: board.relations
            .map((r) => ({ from: claimIndex.get(r.fromClaimId), to: claimIndex.get(r.toClaimId), type: r.type, note: r.note }))
            .sort((a, b) => a.from! - b.from! || a.to! - b.to!),
        };
      };
      expect(withoutIds(copy)).toEqual(withoutIds(original));
      expect(copy.claims.map((c) => c.id)).not.toContain(original.claims[0]!.id);
      const [created] = await listActivity(database.db, owner, id);
      expect(created).toMatchObject({ entityType: "board", action: "created", after: { importedFrom: "claimgraph.board.v1" } });
    });

    it("refuses an import with a broken selector and creates nothing", async () => {
      const original = await getBoardExport(database.db, owner, boardId);
      original.claims[0]!.selector.start += 1;
      const before = await database.db.board.count();
      const error = await expectDataError(importBoard(database.db, owner, original), "invalid");
      expect(error.message).toContain("its selector does not match the article text");
      expect(await database.db.board.count()).toBe(before);
    });

    it("lets only editors and owners create boards", async () => {
      const before = await database.db.board.count();
      const input = ZBoardCreateInput.parse({ title: "Nope", article: { text: "Text." } });
      await expectDataError(createBoard(database.db, { userId: "v", roles: { [workspaceId]: "viewer" } }, input), "forbidden");
      await expectDataError(createBoard(database.db, { userId: "c", roles: { [workspaceId]: "checker" } }, input), "forbidden");
      await expectDataError(createBoard(database.db, { userId: "o", roles: { "other-workspace": "owner" } }, { ...input, workspaceId }), "not_found");
      expect(await database.db.board.count()).toBe(before);
      const { id } = await createBoard(database.db, { userId: "e", roles: { [workspaceId]: "editor" } }, input);
      expect((await database.db.board.findUniqueOrThrow({ where: { id } })).workspaceId).toBe(workspaceId);
    });
  });

  describe("authorization", () => {
    const viewer = (): TActor => ({ userId: "viewer", roles: { [workspaceId]: "viewer" } });
    const checker = (): TActor => ({ userId: "checker", roles: { [workspaceId]: "checker" } });
    const outsider: TActor = { userId: "outsider", roles: { "some-other-workspace": "owner" } };

    it("lets a viewer read but not write", async () => {
      expect((await getBoardView(database.db, viewer(), boardId)).id).toBe(boardId);
      const claim = await database.db.claim.findFirstOrThrow({ where: { boardId } });
      await expectDataError(updateClaim(database.db, viewer(), boardId, claim.id, { statement: "changed" }), "forbidden");
      expect((await database.db.claim.findUniqueOrThrow({ where: { id: claim.id } })).statement).toBe(claim.statement);
    });

    it("lets a checker research but not delete claims", async () => {
      const claim = await database.db.claim.findFirstOrThrow({ where: { boardId } });
      await expectDataError(deleteClaim(database.db, checker(), boardId, claim.id), "forbidden");
      expect(await database.db.claim.findUnique({ where: { id: claim.id } })).not.toBeNull();
      const evidence = await createEvidence(database.db, checker(), boardId, ZEvidenceCreateInput.parse({ title: "Checker's find", sourceType: "news_report" }));
      expect(evidence.title).toBe("Checker's find");
    });

    it("hides a private board from someone outside its workspace, with not found", async () => {
      await expectDataError(getBoardView(database.db, outsider, boardId), "not_found");
      await expectDataError(getBoardExport(database.db, outsider, boardId), "not_found");
      expect(await listBoards(database.db, outsider)).toEqual([]);
    });

    it("lets anyone read a public board, but never write to it", async () => {
      await database.db.board.update({ where: { id: boardId }, data: { visibility: "public" } });
      try {
        expect((await getBoardView(database.db, outsider, boardId)).id).toBe(boardId);
        expect((await listBoards(database.db, outsider)).map((b) => b.id)).toEqual([boardId]);
        // The board is public, so a refused write may say so: sign in, or ask for membership.
        await expectDataError(
          createEvidence(database.db, outsider, boardId, ZEvidenceCreateInput.parse({ title: "x", sourceType: "other" })),
          "forbidden",
        );
        await expectDataError(
          createEvidence(database.db, { userId: null, roles: {} }, boardId, ZEvidenceCreateInput.parse({ title: "x", sourceType: "other" })),
          "unauthenticated",
        );
      } finally {
        await database.db.board.update({ where: { id: boardId }, data: { visibility: "private" } });
      }
    });

    it("treats ids from another board as not found", async () => {
      const other = await importSeedBoard(database.db, { ...plan, seedKey: "second-copy" });
      const foreignClaim = await database.db.claim.findFirstOrThrow({ where: { boardId: other.boardId } });
      await expectDataError(updateClaim(database.db, owner, boardId, foreignClaim.id, { statement: "hijack" }), "not_found");
      await expectDataError(deleteClaim(database.db, owner, boardId, foreignClaim.id), "not_found");
    });
  });
});
