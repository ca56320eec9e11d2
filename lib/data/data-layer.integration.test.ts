import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anchorMatchesText } from "../anchoring/verify-text-anchor";
import { describeTextAnchor } from "../anchoring/describe-text-anchor";
import { ZBoardExportV2 } from "../export/board-export";
import { ZClaimCreateInput, ZClaimUpdateInput } from "../schemas/claim";
import { ZEvidenceCreateInput } from "../schemas/evidence";
import { ZEvidenceLinkCreateInput } from "../schemas/link";
import { BASRA_SEED_KEY, readSeedBoard } from "../seed/read-seed-board";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../testing/test-databases";
import { LOCAL_OWNER } from "./actor";
import { getBoardExport } from "./boards/get-board-export";
import { getBoardView } from "./boards/get-board-view";
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
import { importSeedBoard } from "./seed/import-seed-board";
import { expectDataError } from "../testing/expect-data-error";
import { countArgumentRecords, findSeedClaim } from "../testing/seed-board-records";

const plan = readSeedBoard(BASRA_SEED_KEY);
const owner = LOCAL_OWNER;

describe.each(TEST_PROVIDERS)("data layer: seeding, evidence and claims on %s", (provider) => {
  let database: TTestDatabase;
  let boardId: string;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    const seeded = await importSeedBoard(database.db, plan);
    boardId = seeded.boardId;
  });
  afterAll(async () => {
    await database?.drop();
  });

  const counts = () => countArgumentRecords(database.db);
  const claimByKey = (key: string) => findSeedClaim(database.db, plan, boardId, key);

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

});
