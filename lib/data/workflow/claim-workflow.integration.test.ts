import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TClaimView } from "../../board/types";
import { ZClaimWorkflowInput, type TClaimWorkflowInput } from "../../schemas/claim";
import { BASRA_SEED_KEY, readSeedBoard } from "../../seed/read-seed-board";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../../testing/test-databases";
import { createTestMember, createTestOutsider, type TTestMember } from "../../testing/test-members";
import type { TActor } from "../actor";
import { getBoardView } from "../boards/get-board-view";
import { DataError } from "../errors";
import { importSeedBoard } from "../seed/import-seed-board";
import { applyClaimWorkflowCommand } from "./apply-claim-workflow-command";
import { setClaimDueDate } from "./set-claim-due-date";
import { expectDataError } from "../../testing/expect-data-error";

const plan = readSeedBoard(BASRA_SEED_KEY);

describe.each(TEST_PROVIDERS)("claim workflow on %s", (provider) => {
  let database: TTestDatabase;
  let boardId: string;
  let workspaceId: string;
  let checker: TTestMember;
  let otherChecker: TTestMember;
  let editor: TTestMember;
  let otherEditor: TTestMember;
  let viewer: TTestMember;
  let outsider: TTestMember;
  /** Claims with evidence linked, handed out one per test so tests don't share state. */
  let claimsWithEvidence: string[];
  let claimsWithoutEvidence: string[];

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    boardId = (await importSeedBoard(database.db, plan)).boardId;
    ({ workspaceId } = await database.db.board.findUniqueOrThrow({ where: { id: boardId } }));
    checker = await createTestMember(database.db, workspaceId, "checker", "Ann Checker");
    otherChecker = await createTestMember(database.db, workspaceId, "checker", "Cal Checker");
    editor = await createTestMember(database.db, workspaceId, "editor", "Bo Editor");
    otherEditor = await createTestMember(database.db, workspaceId, "editor", "Di Editor");
    viewer = await createTestMember(database.db, workspaceId, "viewer", "Cy Viewer");
    outsider = await createTestOutsider(database.db, "Ed Outsider");
    const claims = await database.db.claim.findMany({
      where: { boardId },
      select: { id: true, _count: { select: { links: true } } },
      orderBy: { positionStart: "asc" },
    });
    claimsWithEvidence = claims.filter((claim) => claim._count.links > 0).map((claim) => claim.id);
    claimsWithoutEvidence = claims.filter((claim) => claim._count.links === 0).map((claim) => claim.id);
  });
  afterAll(async () => {
    await database?.drop();
  });

  const run = (member: TTestMember | TActor, claimId: string, input: TClaimWorkflowInput) =>
    applyClaimWorkflowCommand(database.db, "actor" in member ? member.actor : member, boardId, claimId, input);
  const claimRow = (claimId: string) => database.db.claim.findUniqueOrThrow({ where: { id: claimId } });
  /** Everything a refused command must leave as it was. */
  const snapshot = async (claimId: string) => ({
    claim: await claimRow(claimId),
    activity: await database.db.activityEntry.count(),
    corrections: await database.db.correction.count(),
    comments: await database.db.comment.count(),
  });
  /** `attempt` is started only after the snapshot, so the refusal can't race it. */
  async function expectRefusedUnchanged(claimId: string, attempt: () => Promise<unknown>, code: DataError["code"]) {
    const before = await snapshot(claimId);
    const error = await expectDataError(attempt(), code);
    expect(await snapshot(claimId)).toEqual(before);
    return error;
  }
  const entriesFor = (claimId: string, action: string) =>
    database.db.activityEntry.findMany({ where: { claimId, action }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  const parsed = (json: string) => JSON.parse(json) as Record<string, unknown>;

  /** A claim with evidence, researched by `by` and proposed as disputed. */
  async function claimInReview(by: TTestMember = checker): Promise<TClaimView> {
    const claimId = claimsWithEvidence.shift()!;
    await run(by, claimId, { type: "take" });
    return (await run(by, claimId, { type: "propose", verdict: "disputed", rationale: "Officials deny it." })).claim;
  }

  it("takes a claim to publication: take, propose, return with a comment, re-propose, approve by another editor, correct", async () => {
    const claimId = claimsWithEvidence.shift()!;
    const start = await claimRow(claimId);

    const taken = (await run(checker, claimId, { type: "take", version: start.version })).claim;
    expect(taken).toMatchObject({ stage: "researching", assigneeId: checker.userId, version: start.version + 1 });

    const proposed = (await run(checker, claimId, { type: "propose", verdict: "false", rationale: "  The figure is wrong.  ", version: taken.version })).claim;
    expect(proposed).toMatchObject({
      stage: "ready_for_review",
      proposedVerdict: "false",
      proposedRationale: "The figure is wrong.",
      proposedById: checker.userId,
      verdict: start.verdict,
      version: taken.version + 1,
    });

    const returned = (await run(editor, claimId, { type: "return", comment: "Which figure? Cite the source." })).claim;
    expect(returned).toMatchObject({ stage: "returned", assigneeId: checker.userId, proposedVerdict: "false" });
    const comments = await database.db.comment.findMany({ where: { claimId } });
    expect(comments).toHaveLength(1);
    expect(comments[0]).toMatchObject({ authorId: editor.userId, body: "Which figure? Cite the source.", boardId, parentId: null });
    const [commentEntry] = await database.db.activityEntry.findMany({ where: { claimId, entityType: "comment" } });
    expect(commentEntry).toMatchObject({ action: "created", actorId: editor.userId, entityId: comments[0]!.id, boardId, workspaceId });
    expect(parsed(commentEntry!.after)).toMatchObject({ body: "Which figure? Cite the source.", authorName: "Bo Editor" });

    const reproposed = (await run(checker, claimId, { type: "propose", verdict: "disputed", rationale: "Sources disagree.", version: returned.version })).claim;
    expect(reproposed).toMatchObject({ stage: "ready_for_review", proposedVerdict: "disputed", proposedRationale: "Sources disagree." });

    const published = (await run(otherEditor, claimId, { type: "approve" })).claim;
    expect(published).toMatchObject({
      stage: "published",
      verdict: "disputed",
      verdictRationale: "Sources disagree.",
      proposedVerdict: null,
      proposedRationale: null,
      proposedById: checker.userId,
      approvedById: otherEditor.userId,
      assigneeId: checker.userId,
    });
    expect(Date.now() - new Date(published.publishedAt!).getTime()).toBeLessThan(60_000);

    const corrected = await run(editor, claimId, { type: "correct", verdict: "false", reason: "The ministry later withdrew its figure." });
    expect(corrected.claim).toMatchObject({ stage: "published", verdict: "false", verdictRationale: "Sources disagree.", publishedAt: published.publishedAt });
    expect(corrected.corrections).toEqual([
      expect.objectContaining({ claimId, fromVerdict: "disputed", toVerdict: "false", reason: "The ministry later withdrew its figure.", correctedById: editor.userId }),
    ]);
    const recorrected = await run(otherEditor, claimId, { type: "correct", verdict: "misleading", reason: "Both figures were partial.", rationale: "Each side cited part of the data." });
    expect(recorrected.claim).toMatchObject({ verdict: "misleading", verdictRationale: "Each side cited part of the data." });
    expect(recorrected.corrections!.map((c) => [c.fromVerdict, c.toVerdict])).toEqual([["disputed", "false"], ["false", "misleading"]]);

    // Readers of the board see the correction notes.
    const view = await getBoardView(database.db, viewer.actor, boardId);
    expect(view.corrections.filter((c) => c.claimId === claimId)).toEqual(recorrected.corrections);

    // Each step is in the claim's history under its own verb, before and after.
    const claimEntries = await database.db.activityEntry.findMany({ where: { claimId, entityType: "claim" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    expect(claimEntries.map((entry) => [entry.action, entry.actorId])).toEqual([
      ["assigned", checker.userId],
      ["proposed", checker.userId],
      ["returned", editor.userId],
      ["proposed", checker.userId],
      ["approved", otherEditor.userId],
      ["corrected", editor.userId],
      ["corrected", otherEditor.userId],
    ]);
    const approvedEntry = claimEntries[4]!;
    expect(parsed(approvedEntry.before)).toMatchObject({ stage: "ready_for_review", verdict: start.verdict });
    expect(parsed(approvedEntry.after)).toMatchObject({ stage: "published", verdict: "disputed", approvedById: otherEditor.userId });
    // A correction's entry carries the note, so live views add it with the new verdict.
    expect(parsed(claimEntries[5]!.after)).toMatchObject({ verdict: "false", correction: { fromVerdict: "disputed", toVerdict: "false" } });
    expect((await claimRow(claimId)).version).toBe(start.version + 7);
  });

  it("lets an editor assign, reassign and unassign, logged as assigned and unassigned", async () => {
    const claimId = claimsWithoutEvidence.shift()!;
    await run(editor, claimId, { type: "assign", assigneeId: checker.userId });
    const reassigned = (await run(editor, claimId, { type: "assign", assigneeId: otherChecker.userId })).claim;
    expect(reassigned).toMatchObject({ stage: "researching", assigneeId: otherChecker.userId });
    const unassigned = (await run(editor, claimId, { type: "unassign" })).claim;
    expect(unassigned).toMatchObject({ stage: "unassigned", assigneeId: null });
    const actions = (await database.db.activityEntry.findMany({ where: { claimId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] })).map((e) => e.action);
    expect(actions).toEqual(["assigned", "assigned", "unassigned"]);
    const [, second] = await entriesFor(claimId, "assigned");
    expect(parsed(second!.before)).toMatchObject({ assigneeId: checker.userId });
    expect(parsed(second!.after)).toMatchObject({ assigneeId: otherChecker.userId });
  });

  describe("refusals change nothing", () => {
    it("a viewer gets 403", async () => {
      const claimId = claimsWithoutEvidence[0]!;
      const error = await expectRefusedUnchanged(claimId, () => run(viewer, claimId, { type: "take" }), "forbidden");
      expect(error.status).toBe(403);
    });

    it("someone outside the workspace gets 404 for a private board, signed in or not", async () => {
      const claimId = claimsWithoutEvidence[0]!;
      await expectRefusedUnchanged(claimId, () => run(outsider, claimId, { type: "take" }), "not_found");
      await expectRefusedUnchanged(claimId, () => run({ userId: null, roles: {} }, claimId, { type: "take" }), "not_found");
    });

    it("readers of a public board can't move its claims: 401 until signed in, 403 for a non-member", async () => {
      const claimId = claimsWithoutEvidence[0]!;
      await database.db.board.update({ where: { id: boardId }, data: { visibility: "public" } });
      try {
        await expectRefusedUnchanged(claimId, () => run({ userId: null, roles: {} }, claimId, { type: "take" }), "unauthenticated");
        await expectRefusedUnchanged(claimId, () => run(outsider, claimId, { type: "take" }), "forbidden");
        await expectRefusedUnchanged(claimId, () => setClaimDueDate(database.db, outsider.actor, boardId, claimId, { dueOn: "2008-04-01" }), "forbidden");
      } finally {
        await database.db.board.update({ where: { id: boardId }, data: { visibility: "private" } });
      }
    });

    it("a member role without a signed-in user is asked to sign in", async () => {
      const claimId = claimsWithoutEvidence[0]!;
      const error = await expectRefusedUnchanged(claimId, () => run({ userId: null, roles: { [workspaceId]: "editor" } }, claimId, { type: "take" }), "unauthenticated");
      expect(error.message).toMatch(/Sign in/);
    });

    it("a checker may not assign, approve or correct: 403", async () => {
      const inReview = await claimInReview(otherChecker);
      await expectRefusedUnchanged(inReview.id, () => run(checker, inReview.id, { type: "approve" }), "forbidden");
      await expectRefusedUnchanged(inReview.id, () => run(checker, inReview.id, { type: "return", comment: "No." }), "forbidden");
      const claimId = claimsWithoutEvidence[0]!;
      await expectRefusedUnchanged(claimId, () => run(checker, claimId, { type: "assign", assigneeId: checker.userId }), "forbidden");
    });

    it("the proposer may not approve their own verdict, even as an editor: 403", async () => {
      const claim = await claimInReview(editor);
      const error = await expectRefusedUnchanged(claim.id, () => run(editor, claim.id, { type: "approve" }), "forbidden");
      expect(error.message).toMatch(/another editor must approve it/);
    });

    it("a checker may not propose on a claim assigned to someone else: 403", async () => {
      const claimId = claimsWithEvidence.shift()!;
      await run(otherChecker, claimId, { type: "take" });
      await expectRefusedUnchanged(claimId, () => run(checker, claimId, { type: "propose", verdict: "false", rationale: "x" }), "forbidden");
    });

    it("proposing with no evidence linked is 400", async () => {
      const claimId = claimsWithoutEvidence.shift()!;
      await run(checker, claimId, { type: "take" });
      const error = await expectRefusedUnchanged(claimId, () => run(checker, claimId, { type: "propose", verdict: "false", rationale: "Obviously." }), "invalid");
      expect(error.message).toMatch(/Link at least one piece of evidence/);
    });

    it("a stale version is 409 with the current claim", async () => {
      const claim = await claimInReview();
      const error = await expectRefusedUnchanged(claim.id, () => run(editor, claim.id, { type: "approve", version: claim.version - 1 }), "conflict");
      expect(error.details?.current).toMatchObject({ id: claim.id, version: claim.version, stage: "ready_for_review" });
      expect(error.message).toMatch(/Someone else changed this claim/);
    });

    it("assigning someone outside the workspace, or a viewer, is 400", async () => {
      const claimId = claimsWithoutEvidence[0]!;
      const notMember = await expectRefusedUnchanged(claimId, () => run(editor, claimId, { type: "assign", assigneeId: outsider.userId }), "invalid");
      expect(notMember.message).toMatch(/not a member of this board's workspace/);
      await expectRefusedUnchanged(claimId, () => run(editor, claimId, { type: "assign", assigneeId: "no-such-user" }), "invalid");
      const isViewer = await expectRefusedUnchanged(claimId, () => run(editor, claimId, { type: "assign", assigneeId: viewer.userId }), "invalid");
      expect(isViewer.message).toMatch(/Viewers can't be assigned/);
    });

    it("a command from the wrong stage is 409 saying which stages allow it", async () => {
      const claimId = claimsWithoutEvidence[0]!;
      const approve = await expectRefusedUnchanged(claimId, () => run(editor, claimId, { type: "approve" }), "conflict");
      expect(approve.message).toMatch(/Only claims in Ready for review can be approved; this one is in Unassigned/);
      expect(approve.details?.current).toMatchObject({ id: claimId, stage: "unassigned" });
      await expectRefusedUnchanged(claimId, () => run(editor, claimId, { type: "correct", verdict: "false", reason: "x" }), "conflict");
      const inReview = await claimInReview();
      await expectRefusedUnchanged(inReview.id, () => run(otherChecker, inReview.id, { type: "take" }), "conflict");
    });

    it("a return without a comment or a correction without a reason is 400", async () => {
      const claim = await claimInReview();
      await expectRefusedUnchanged(claim.id, () => run(editor, claim.id, { type: "return", comment: "   " }), "invalid");
      const published = (await run(editor, claim.id, { type: "approve" })).claim;
      await expectRefusedUnchanged(published.id, () => run(editor, published.id, { type: "correct", verdict: "false", reason: " " }), "invalid");
      await expectRefusedUnchanged(published.id, () => run(editor, published.id, { type: "correct", verdict: "disputed", reason: "Same." }), "invalid");
    });

    it("a claim from another board is 404", async () => {
      const other = await importSeedBoard(database.db, { ...plan, seedKey: "second-copy" });
      const foreign = await database.db.claim.findFirstOrThrow({ where: { boardId: other.boardId } });
      await expectRefusedUnchanged(foreign.id, () => run(editor, foreign.id, { type: "take" }), "not_found");
    });
  });

  describe("due dates", () => {
    it("an editor sets, keeps and clears a due date, each change logged", async () => {
      const claimId = claimsWithoutEvidence[1]!;
      const start = await claimRow(claimId);
      const set = (await setClaimDueDate(database.db, editor.actor, boardId, claimId, { dueOn: "2008-04-10", version: start.version })).claim;
      expect(set).toMatchObject({ dueOn: "2008-04-10", version: start.version + 1 });
      const again = (await setClaimDueDate(database.db, editor.actor, boardId, claimId, { dueOn: "2008-04-10" })).claim;
      expect(again.version).toBe(set.version);
      const cleared = (await setClaimDueDate(database.db, editor.actor, boardId, claimId, { dueOn: null })).claim;
      expect(cleared).toMatchObject({ dueOn: null, version: set.version + 1 });
      const entries = await entriesFor(claimId, "updated");
      expect(entries.map((e) => [parsed(e.before).dueOn, parsed(e.after).dueOn])).toEqual([[null, "2008-04-10"], ["2008-04-10", null]]);
    });

    it("a checker may not set one, and a stale version is 409", async () => {
      const claimId = claimsWithoutEvidence[1]!;
      await expectRefusedUnchanged(claimId, () => setClaimDueDate(database.db, checker.actor, boardId, claimId, { dueOn: "2008-05-01" }), "forbidden");
      const current = await claimRow(claimId);
      const stale = await expectRefusedUnchanged(claimId, () => setClaimDueDate(database.db, editor.actor, boardId, claimId, { dueOn: "2008-05-01", version: current.version - 1 }), "conflict");
      expect(stale.details?.current).toMatchObject({ version: current.version });
    });
  });

  it("parses a workflow request: the version comes off, the command stays strict", () => {
    expect(ZClaimWorkflowInput.parse({ type: "take", version: 3 })).toEqual({ type: "take", version: 3 });
    expect(ZClaimWorkflowInput.parse({ type: "return", comment: " Why? " })).toEqual({ type: "return", comment: "Why?" });
    const extra = ZClaimWorkflowInput.safeParse({ type: "take", linkedEvidenceCount: 4 });
    expect(extra.error?.issues[0]?.message).toBe("this command does not take: linkedEvidenceCount");
    expect(ZClaimWorkflowInput.safeParse({ type: "approve", version: 0 }).success).toBe(false);
    expect(ZClaimWorkflowInput.safeParse({ type: "publish" }).error?.issues[0]?.message).toMatch(/type must be one of/);
  });
});
