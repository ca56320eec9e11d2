// A verdict in review or published must not silently change meaning: the
// claim's statement, kind and checkable setting hold still under it, and its
// last linked evidence can't be removed. Refusals are 409 and write nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZEvidenceCreateInput } from "../../schemas/evidence";
import { BASRA_SEED_KEY, readSeedBoard } from "../../seed/read-seed-board";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../../testing/test-databases";
import { createTestMember, type TTestMember } from "../../testing/test-members";
import { updateClaim } from "../claims/update-claim";
import { DataError } from "../errors";
import { createEvidence } from "../evidence/create-evidence";
import { deleteEvidence } from "../evidence/delete-evidence";
import { createEvidenceLink } from "../links/create-evidence-link";
import { deleteEvidenceLink } from "../links/delete-evidence-link";
import { updateEvidenceLink } from "../links/update-evidence-link";
import { saveNodePositions } from "../positions/save-node-positions";
import { importSeedBoard } from "../seed/import-seed-board";
import { applyClaimWorkflowCommand } from "./apply-claim-workflow-command";
import { expectDataError } from "../../testing/expect-data-error";

const plan = readSeedBoard(BASRA_SEED_KEY);

describe.each(TEST_PROVIDERS)("a verdict's basis holds still on %s", (provider) => {
  let database: TTestDatabase;
  let boardId: string;
  let checker: TTestMember;
  let editor: TTestMember;
  let otherEditor: TTestMember;
  /** Claims with no evidence linked, handed out one per use so tests don't share state. */
  let bareClaims: { id: string; statement: string }[];

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    boardId = (await importSeedBoard(database.db, plan)).boardId;
    const { workspaceId } = await database.db.board.findUniqueOrThrow({ where: { id: boardId } });
    checker = await createTestMember(database.db, workspaceId, "checker", "Ann Checker");
    editor = await createTestMember(database.db, workspaceId, "editor", "Bo Editor");
    otherEditor = await createTestMember(database.db, workspaceId, "editor", "Di Editor");
    bareClaims = (
      await database.db.claim.findMany({
        where: { boardId, links: { none: {} } },
        select: { id: true, statement: true },
        orderBy: { positionStart: "asc" },
      })
    ).slice();
  });
  afterAll(async () => {
    await database?.drop();
  });

  const db = () => database.db;
  const run = (member: TTestMember, claimId: string, input: Parameters<typeof applyClaimWorkflowCommand>[4]) =>
    applyClaimWorkflowCommand(db(), member.actor, boardId, claimId, input);
  let evidenceCounter = 0;
  const addEvidence = (claimId?: string) =>
    createEvidence(db(), checker.actor, boardId, ZEvidenceCreateInput.parse({
      title: `Source ${++evidenceCounter}`,
      sourceType: "news_report",
      ...(claimId ? { link: { claimId, stance: "supports" } } : {}),
    }));

  /** A claim with `sources` pieces of evidence linked, taken and proposed by the checker. */
  async function claimInReview(sources = 1) {
    const claim = bareClaims.shift()!;
    const evidence = [];
    for (let n = 0; n < sources; n += 1) evidence.push(await addEvidence(claim.id));
    await run(checker, claim.id, { type: "take" });
    await run(checker, claim.id, { type: "propose", verdict: "false", rationale: "The count is higher." });
    return { ...claim, evidence, links: evidence.map((e) => e.link!) };
  }
  async function publishedClaim(sources = 1) {
    const claim = await claimInReview(sources);
    await run(editor, claim.id, { type: "approve" });
    return claim;
  }

  /** Everything a refused edit or removal must leave as it was. */
  const snapshot = async () => ({
    claims: await db().claim.findMany({ where: { boardId }, orderBy: { id: "asc" } }),
    evidence: await db().evidence.findMany({ where: { boardId }, orderBy: { id: "asc" } }),
    links: await db().evidenceLink.findMany({ where: { boardId }, orderBy: { id: "asc" } }),
    positions: await db().nodePosition.findMany({ where: { boardId }, orderBy: { nodeId: "asc" } }),
    activity: await db().activityEntry.count(),
  });
  async function expectRefusedUnchanged(attempt: () => Promise<unknown>) {
    const before = await snapshot();
    const error = await expectDataError(attempt(), "conflict");
    expect(error.status).toBe(409);
    expect(await snapshot()).toEqual(before);
    return error;
  }

  describe("editing the claim", () => {
    it("refuses a new statement, kind or checkable setting while the verdict waits for review, with the current claim", async () => {
      const claim = await claimInReview();
      const row = await db().claim.findUniqueOrThrow({ where: { id: claim.id } });
      const statement = await expectRefusedUnchanged(() =>
        updateClaim(db(), checker.actor, boardId, claim.id, { version: row.version, statement: "Something else entirely." }),
      );
      expect(statement.message).toMatch(/proposed verdict is waiting for review, so its statement can't change under it/);
      expect(statement.details?.current).toMatchObject({ id: claim.id, stage: "ready_for_review", statement: claim.statement, version: row.version });
      expect(statement.details?.fields).toEqual(["statement"]);
      const kind = await expectRefusedUnchanged(() => updateClaim(db(), editor.actor, boardId, claim.id, { kind: row.kind === "other" ? "quantity" : "other" }));
      expect(kind.details?.fields).toEqual(["kind"]);
      await expectRefusedUnchanged(() => updateClaim(db(), editor.actor, boardId, claim.id, { checkable: !row.checkable }));
    });

    it("still saves the speaker and check-worthiness, even sent with the unchanged statement as the edit form does", async () => {
      const claim = await claimInReview();
      const row = await db().claim.findUniqueOrThrow({ where: { id: claim.id } });
      const saved = await updateClaim(db(), checker.actor, boardId, claim.id, {
        version: row.version,
        statement: row.statement,
        kind: row.kind as "other",
        checkable: row.checkable,
        speaker: "A ministry spokesman",
        checkworthiness: 0.9,
      });
      expect(saved).toMatchObject({ stage: "ready_for_review", statement: row.statement, speaker: "A ministry spokesman", checkworthiness: 0.9, version: row.version + 1 });
    });

    it("refuses them under a published verdict too, and allows them again once a verdict in review is returned", async () => {
      const published = await publishedClaim();
      const refused = await expectRefusedUnchanged(() => updateClaim(db(), editor.actor, boardId, published.id, { statement: "Reworded.", checkable: false }));
      expect(refused.message).toMatch(/verdict is published, so its statement and checkable setting can't change under it/);
      expect(refused.details?.current).toMatchObject({ id: published.id, stage: "published", verdict: "false" });
      expect((await updateClaim(db(), editor.actor, boardId, published.id, { speaker: "The governor" })).speaker).toBe("The governor");

      const inReview = await claimInReview();
      await run(otherEditor, inReview.id, { type: "return", comment: "Quote the full sentence." });
      expect((await updateClaim(db(), checker.actor, boardId, inReview.id, { statement: "The full sentence." })).statement).toBe("The full sentence.");
    });

    it("answers a stale save with the usual conflict, not the stage rule", async () => {
      const claim = await claimInReview();
      const row = await db().claim.findUniqueOrThrow({ where: { id: claim.id } });
      const stale = await expectRefusedUnchanged(() => updateClaim(db(), checker.actor, boardId, claim.id, { version: row.version - 1, statement: "Old edit." }));
      expect(stale.message).toMatch(/Someone else changed this claim/);
      expect(stale.details?.current).toMatchObject({ version: row.version });
    });
  });

  describe("removing evidence", () => {
    it("refuses unlinking the last evidence of a claim in review or published, naming the claim", async () => {
      for (const claim of [await claimInReview(), await publishedClaim()]) {
        const error = await expectRefusedUnchanged(() => deleteEvidenceLink(db(), checker.actor, boardId, claim.links[0]!.id));
        expect(error.message).toContain(`“${claim.statement.slice(0, 40)}`);
        expect(error.message).toMatch(/with no linked evidence/);
        expect(error.details?.claims).toEqual([{ claimId: claim.id, statement: claim.statement, stage: expect.stringMatching(/ready_for_review|published/) }]);
      }
    });

    it("lets one of two links go, then keeps the last", async () => {
      const claim = await publishedClaim(2);
      await deleteEvidenceLink(db(), checker.actor, boardId, claim.links[0]!.id);
      expect(await db().evidenceLink.count({ where: { claimId: claim.id } })).toBe(1);
      await expectRefusedUnchanged(() => deleteEvidenceLink(db(), checker.actor, boardId, claim.links[1]!.id));
      // Changing the last link's stance is not removing it.
      expect((await updateEvidenceLink(db(), checker.actor, boardId, claim.links[1]!.id, { stance: "context" })).stance).toBe("context");
    });

    it("lets a researching claim's only link go", async () => {
      const claim = bareClaims.shift()!;
      const evidence = await addEvidence(claim.id);
      await run(checker, claim.id, { type: "take" });
      await deleteEvidenceLink(db(), checker.actor, boardId, evidence.link!.id);
      expect(await db().evidenceLink.count({ where: { claimId: claim.id } })).toBe(0);
    });

    it("refuses deleting evidence that is a published claim's only source, all or nothing, and allows it once another is linked", async () => {
      const published = await publishedClaim();
      const shared = published.evidence[0]!;
      // The same evidence also backs a claim still being researched, and has a saved position.
      const researching = bareClaims.shift()!;
      await run(checker, researching.id, { type: "take" });
      await createEvidenceLink(db(), checker.actor, boardId, { claimId: researching.id, evidenceId: shared.id, stance: "disputes", strength: 3, note: "" });
      await saveNodePositions(db(), checker.actor, boardId, { positions: [{ nodeId: shared.id, x: 5, y: 6 }] });

      const error = await expectRefusedUnchanged(() => deleteEvidence(db(), editor.actor, boardId, shared.id));
      expect(error.details?.claims).toEqual([{ claimId: published.id, statement: published.statement, stage: "published" }]);
      expect(error.message).toMatch(/^Nothing was removed: this would leave “.*” \(Published\) with no linked evidence/);

      const other = await addEvidence(published.id);
      await deleteEvidence(db(), editor.actor, boardId, shared.id);
      expect(await db().evidence.count({ where: { id: shared.id } })).toBe(0);
      expect((await db().evidenceLink.findMany({ where: { claimId: { in: [published.id, researching.id] } } })).map((l) => l.evidenceId)).toEqual([other.id]);
    });

    it("names every claim the deletion would leave bare", async () => {
      const first = await claimInReview();
      const second = await publishedClaim();
      await createEvidenceLink(db(), checker.actor, boardId, { claimId: second.id, evidenceId: first.evidence[0]!.id, stance: "supports", strength: 3, note: "" });
      await deleteEvidenceLink(db(), checker.actor, boardId, second.links[0]!.id);
      const error = await expectRefusedUnchanged(() => deleteEvidence(db(), editor.actor, boardId, first.evidence[0]!.id));
      expect((error.details?.claims as { claimId: string }[]).map((c) => c.claimId).sort()).toEqual([first.id, second.id].sort());
    });

    it("two removals of a claim's last two links at once leave one", async () => {
      const claim = await publishedClaim(2);
      const results = await Promise.allSettled(claim.links.map((link) => deleteEvidenceLink(db(), checker.actor, boardId, link.id)));
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect(refused.reason).toBeInstanceOf(DataError);
      expect((refused.reason as DataError).code).toBe("conflict");
      expect(await db().evidenceLink.count({ where: { claimId: claim.id } })).toBe(1);
    });
  });
});
