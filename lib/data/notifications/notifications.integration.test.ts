import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mentionToken } from "../../comments/mentions";
import { ZCommentCreateInput } from "../../comments/comment-input";
import { directSqlOf } from "../../db/direct-sql";
import { ZMarkNotificationsReadInput } from "../../schemas/notification";
import { BASRA_SEED_KEY, readSeedBoard } from "../../seed/read-seed-board";
import { expectDataError } from "../../testing/expect-data-error";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../../testing/test-databases";
import { createTestMember, createTestOutsider, type TTestMember } from "../../testing/test-members";
import { recordActivityDirect } from "../activity/record-activity";
import { LOCAL_OWNER } from "../actor";
import { createComment } from "../comments/create-comment";
import { updateComment } from "../comments/update-comment";
import { loadMemberActor } from "../members/load-member-actor";
import { removeMember } from "../members/remove-member";
import { getMyWork } from "../my-work/get-my-work";
import { importSeedBoard } from "../seed/import-seed-board";
import { applyBulkWorkflowCommand } from "../workflow/apply-bulk-workflow-command";
import { applyClaimWorkflowCommand } from "../workflow/apply-claim-workflow-command";
import { setClaimDueDate } from "../workflow/set-claim-due-date";
import { countUnreadNotifications } from "./count-unread-notifications";
import { listNotifications } from "./list-notifications";
import { markNotificationsRead } from "./mark-notifications-read";

const plan = readSeedBoard(BASRA_SEED_KEY);
const TODAY = new Date("2026-12-02T09:00:00Z");

describe.each(TEST_PROVIDERS)("My work and notifications on %s", (provider) => {
  let database: TTestDatabase;
  let boardId: string;
  let workspaceId: string;
  let checker: TTestMember;
  let otherChecker: TTestMember;
  let editor: TTestMember;
  let otherEditor: TTestMember;
  let outsider: TTestMember;
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

  const db = () => database.db;
  const notificationsOf = (member: TTestMember) =>
    db().notification.findMany({ where: { recipientId: member.userId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  const post = (member: TTestMember, claimId: string, body: string) =>
    createComment(db(), member.actor, boardId, claimId, ZCommentCreateInput.parse({ body }));

  it("notifies the assignee of an assignment, in the transaction of its activity entry", async () => {
    const claimId = claimsWithEvidence.shift()!;
    await applyClaimWorkflowCommand(db(), editor.actor, boardId, claimId, { type: "assign", assigneeId: checker.userId });
    const [notification] = (await notificationsOf(checker)).filter((n) => n.claimId === claimId);
    expect(notification).toMatchObject({ kind: "assigned", boardId, workspaceId, actorId: editor.userId, readAt: null });
    const entry = await db().activityEntry.findUniqueOrThrow({ where: { id: notification!.activityId } });
    expect(entry).toMatchObject({ claimId, action: "assigned", actorId: editor.userId });

    const { notifications, unreadCount } = await listNotifications(db(), checker.actor, TODAY);
    expect(unreadCount).toBeGreaterThanOrEqual(1);
    const claim = await db().claim.findUniqueOrThrow({ where: { id: claimId } });
    expect(notifications.find((n) => n.id === notification!.id)).toMatchObject({
      kind: "assigned",
      actorName: "Bo Editor",
      readAt: null,
      claim: { boardId, claimId, number: claim.number, permalink: `/boards/${boardId}/claims/${claim.number}`, stage: "researching" },
    });
  });

  it("never notifies people of their own action: taking a claim notifies nobody", async () => {
    const claimId = claimsWithoutEvidence.shift()!;
    const before = await db().notification.count();
    await applyClaimWorkflowCommand(db(), checker.actor, boardId, claimId, { type: "take" });
    expect(await db().notification.count()).toBe(before);
    // An editor assigning a claim to themself is their own action too.
    const other = claimsWithoutEvidence.shift()!;
    await applyClaimWorkflowCommand(db(), editor.actor, boardId, other, { type: "assign", assigneeId: editor.userId });
    expect(await db().notification.count()).toBe(before);
  });

  it("asks every reviewer but the proposer for review, and tells the checker when it is returned", async () => {
    const claimId = claimsWithEvidence.shift()!;
    await applyClaimWorkflowCommand(db(), checker.actor, boardId, claimId, { type: "take" });
    await applyClaimWorkflowCommand(db(), checker.actor, boardId, claimId, { type: "propose", verdict: "disputed", rationale: "Officials deny it." });
    const asked = await db().notification.findMany({ where: { claimId, kind: "review_requested" } });
    expect(asked.map((n) => n.recipientId).sort()).toEqual([editor.userId, otherEditor.userId].sort());

    const work = await getMyWork(db(), editor.actor, TODAY);
    expect(work.toReview.map((item) => item.claimId)).toContain(claimId);
    expect((await getMyWork(db(), checker.actor, TODAY)).toReview).toEqual([]);

    await applyClaimWorkflowCommand(db(), editor.actor, boardId, claimId, { type: "return", comment: "Find the ministry's statement." });
    const returned = await db().notification.findMany({ where: { claimId, kind: "returned" } });
    expect(returned).toMatchObject([{ recipientId: checker.userId, actorId: editor.userId }]);
    const checkerWork = await getMyWork(db(), checker.actor, TODAY);
    expect(checkerWork.returned.map((item) => item.claimId)).toContain(claimId);
    expect(checkerWork.assigned.map((item) => item.claimId)).not.toContain(claimId);
  });

  it("an editor does not review their own proposal", async () => {
    const claimId = claimsWithEvidence.shift()!;
    await applyClaimWorkflowCommand(db(), editor.actor, boardId, claimId, { type: "take" });
    await applyClaimWorkflowCommand(db(), editor.actor, boardId, claimId, { type: "propose", verdict: "verified", rationale: "Matches the record." });
    const asked = await db().notification.findMany({ where: { claimId, kind: "review_requested" } });
    expect(asked.map((n) => n.recipientId)).toEqual([otherEditor.userId]);
    expect((await getMyWork(db(), editor.actor, TODAY)).toReview.map((item) => item.claimId)).not.toContain(claimId);
    expect((await getMyWork(db(), otherEditor.actor, TODAY)).toReview.map((item) => item.claimId)).toContain(claimId);
  });

  it("bulk assignment notifies the assignee once per claim", async () => {
    const claimIds = [claimsWithoutEvidence.shift()!, claimsWithoutEvidence.shift()!];
    await applyBulkWorkflowCommand(db(), editor.actor, boardId, { claimIds, command: { type: "assign", assigneeId: otherChecker.userId } });
    const got = await db().notification.findMany({ where: { recipientId: otherChecker.userId, claimId: { in: claimIds } } });
    expect(got.map((n) => n.kind)).toEqual(["assigned", "assigned"]);
  });

  it("notifies mentioned members, not the author, and an edit only the newly mentioned", async () => {
    const claimId = claimsWithoutEvidence[0]!;
    const comment = await post(editor, claimId, `${mentionToken(checker)} and ${mentionToken(editor)}: can you check the date?`);
    const mentions = await db().notification.findMany({ where: { kind: "mentioned", claimId } });
    expect(mentions).toMatchObject([{ recipientId: checker.userId, actorId: editor.userId }]);
    await updateComment(db(), editor.actor, boardId, claimId, comment.id, {
      body: `${mentionToken(checker)} and ${mentionToken(otherChecker)}: can you check the date?`,
    });
    const after = await db().notification.findMany({ where: { kind: "mentioned", claimId }, orderBy: { createdAt: "asc" } });
    expect(after.map((n) => n.recipientId).sort()).toEqual([checker.userId, otherChecker.userId].sort());

    const work = await getMyWork(db(), checker.actor, TODAY);
    expect(work.mentions.find((m) => m.commentId === comment.id)).toMatchObject({
      authorName: "Bo Editor",
      excerpt: "@Ann Checker and @Cal Checker: can you check the date?",
    });
    expect((await getMyWork(db(), editor.actor, TODAY)).mentions.map((m) => m.commentId)).not.toContain(comment.id);
  });

  it("lists claims due soon and overdue, in words of the day, and leaves later ones out", async () => {
    const [overdue, soon, later] = [claimsWithoutEvidence.shift()!, claimsWithoutEvidence.shift()!, claimsWithoutEvidence.shift()!];
    for (const [claimId, dueOn] of [[overdue, "2026-11-30"], [soon, "2026-12-05"], [later, "2026-12-30"]] as const) {
      await applyClaimWorkflowCommand(db(), editor.actor, boardId, claimId, { type: "assign", assigneeId: otherChecker.userId });
      await setClaimDueDate(db(), editor.actor, boardId, claimId, { dueOn });
    }
    const work = await getMyWork(db(), otherChecker.actor, TODAY);
    expect(work.today).toBe("2026-12-02");
    expect(work.due.map((item) => [item.claimId, item.dueOn, item.overdue])).toEqual([
      [overdue, "2026-11-30", true],
      [soon, "2026-12-05", false],
    ]);
    expect(work.assigned.find((item) => item.claimId === later)).toMatchObject({ dueOn: "2026-12-30", overdue: false });
  });

  it("writes notifications on the direct-SQL path in the same transaction as its entry", async () => {
    const claimId = claimsWithoutEvidence[1]!;
    const direct = directSqlOf(db())!;
    await direct.transaction((tx) =>
      recordActivityDirect(tx, editor.actor, {
        boardId,
        workspaceId,
        entityType: "claim",
        entityId: claimId,
        claimId,
        action: "updated",
        before: null,
        after: null,
        notify: [
          { recipientId: checker.userId, kind: "mentioned" },
          { recipientId: editor.userId, kind: "mentioned" },
        ],
      }),
    );
    const rows = await db().notification.findMany({ where: { claimId, kind: "mentioned", actorId: editor.userId } });
    expect(rows.map((row) => row.recipientId)).toEqual([checker.userId]);
    const entry = await db().activityEntry.findUniqueOrThrow({ where: { id: rows[0]!.activityId } });
    expect(entry).toMatchObject({ claimId, action: "updated" });
    // A rolled-back transaction leaves neither.
    const [entries, notes] = [await db().activityEntry.count(), await db().notification.count()];
    await expect(
      direct.transaction(async (tx) => {
        await recordActivityDirect(tx, editor.actor, {
          boardId, workspaceId, entityType: "claim", entityId: claimId, claimId, action: "updated", before: null, after: null,
          notify: [{ recipientId: checker.userId, kind: "assigned" }],
        });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect([await db().activityEntry.count(), await db().notification.count()]).toEqual([entries, notes]);
  });

  it("marks one's own notifications read, one or all; another's is 404 and marks nothing", async () => {
    const mine = await notificationsOf(checker);
    const theirs = (await notificationsOf(otherChecker))[0]!;
    const unread = await countUnreadNotifications(db(), checker.actor);
    expect(unread).toBe(mine.length);

    await expectDataError(markNotificationsRead(db(), checker.actor, { notificationIds: [mine[0]!.id, theirs.id] }), "not_found");
    await expectDataError(markNotificationsRead(db(), checker.actor, { notificationIds: ["nosuchnotification"] }), "not_found");
    expect(await countUnreadNotifications(db(), checker.actor)).toBe(unread);
    expect((await db().notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();

    expect(await markNotificationsRead(db(), checker.actor, { notificationIds: [mine[0]!.id] }, TODAY)).toEqual({ unreadCount: unread - 1 });
    expect((await db().notification.findUniqueOrThrow({ where: { id: mine[0]!.id } })).readAt?.toISOString()).toBe(TODAY.toISOString());
    expect(await markNotificationsRead(db(), checker.actor, { all: true })).toEqual({ unreadCount: 0 });
    expect((await db().notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
    // Reading again keeps the first time it was read.
    await markNotificationsRead(db(), checker.actor, { notificationIds: [mine[0]!.id] });
    expect((await db().notification.findUniqueOrThrow({ where: { id: mine[0]!.id } })).readAt?.toISOString()).toBe(TODAY.toISOString());
  });

  it("refuses malformed mark-read bodies at the boundary", () => {
    for (const body of [{}, { all: false }, { notificationIds: [] }, { notificationIds: "x" }, { notificationIds: ["a\u0000"] }, { all: true, extra: 1 }]) {
      expect(ZMarkNotificationsReadInput.safeParse(body).success).toBe(false);
    }
    expect(ZMarkNotificationsReadInput.safeParse({ notificationIds: Array.from({ length: 201 }, (_, i) => `n${i}`) }).success).toBe(false);
  });

  it("needs a signed-in person, and shows an outsider nothing", async () => {
    await expectDataError(getMyWork(db(), { userId: null, roles: {} }), "unauthenticated");
    await expectDataError(listNotifications(db(), { userId: null, roles: { "*": "owner" } }), "unauthenticated");
    const work = await getMyWork(db(), outsider.actor, TODAY);
    expect([work.assigned, work.toReview, work.returned, work.mentions, work.due, work.unreadCount]).toEqual([[], [], [], [], [], 0]);
  });

  it("a person removed from the workspace no longer sees its notifications or work", async () => {
    expect((await listNotifications(db(), otherChecker.actor)).notifications.length).toBeGreaterThan(0);
    expect((await getMyWork(db(), otherChecker.actor, TODAY)).due.length).toBeGreaterThan(0);
    await removeMember(db(), LOCAL_OWNER, workspaceId, otherChecker.userId);
    const now = await loadMemberActor(db(), otherChecker.userId);
    expect(await listNotifications(db(), now)).toEqual({ unreadCount: 0, notifications: [] });
    const work = await getMyWork(db(), now, TODAY);
    expect([work.assigned, work.due, work.mentions, work.unreadCount]).toEqual([[], [], [], 0]);
    // Its rows stay (they are the person's own history) but can't be marked through the workspace they left.
    const left = await db().notification.findFirstOrThrow({ where: { recipientId: otherChecker.userId } });
    await expectDataError(markNotificationsRead(db(), now, { notificationIds: [left.id] }), "not_found");
  });
});
