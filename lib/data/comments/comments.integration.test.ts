import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZCommentCreateInput } from "../../comments/comment-input";
import { mentionToken } from "../../comments/mentions";
import { BASRA_SEED_KEY, readSeedBoard } from "../../seed/read-seed-board";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../../testing/test-databases";
import { createTestMember, createTestOutsider, type TTestMember } from "../../testing/test-members";
import { listActivity } from "../activity/list-activity";
import type { TActor } from "../actor";
import { importSeedBoard } from "../seed/import-seed-board";
import { createComment } from "./create-comment";
import { deleteComment } from "./delete-comment";
import { listClaimComments } from "./list-claim-comments";
import { COMMENT_RESTORE_WINDOW_MS, restoreComment } from "./restore-comment";
import { updateComment } from "./update-comment";
import { expectDataError } from "../../testing/expect-data-error";

const plan = readSeedBoard(BASRA_SEED_KEY);
const anonymous: TActor = { userId: null, roles: {} };

describe.each(TEST_PROVIDERS)("comments on %s", (provider) => {
  let database: TTestDatabase;
  let boardId: string;
  let claimId: string;
  let otherClaimId: string;
  let checker: TTestMember;
  let editor: TTestMember;
  let viewer: TTestMember;
  let outsider: TTestMember;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    boardId = (await importSeedBoard(database.db, plan)).boardId;
    const { workspaceId } = await database.db.board.findUniqueOrThrow({ where: { id: boardId } });
    const claims = await database.db.claim.findMany({ where: { boardId }, orderBy: { positionStart: "asc" }, take: 2 });
    [claimId, otherClaimId] = [claims[0]!.id, claims[1]!.id];
    checker = await createTestMember(database.db, workspaceId, "checker", "Ann Checker");
    editor = await createTestMember(database.db, workspaceId, "editor", "Bo Editor");
    viewer = await createTestMember(database.db, workspaceId, "viewer", "Cy Viewer");
    outsider = await createTestOutsider(database.db, "Dee Outsider");
  });
  afterAll(async () => {
    await database?.drop();
  });

  /** Comment rows and comment activity: what a refused call must leave unchanged. */
  const snapshot = async () => ({
    comments: await database.db.comment.findMany({ orderBy: { id: "asc" } }),
    commentActivity: await database.db.activityEntry.count({ where: { entityType: "comment" } }),
  });
  const post = (actor: TActor, body: string, parentId?: string, onClaim = claimId) =>
    createComment(database.db, actor, boardId, onClaim, ZCommentCreateInput.parse({ body, parentId }));

  it("posts a comment with a mention and records it in the claim's history", async () => {
    const body = `Can ${mentionToken(editor)} confirm the troop numbers?`;
    const comment = await post(checker.actor, body);
    expect(comment).toMatchObject({
      claimId,
      parentId: null,
      authorId: checker.userId,
      authorName: "Ann Checker",
      body,
      mentions: [editor.userId],
      editedAt: null,
      deletedAt: null,
    });
    const [entry] = await listActivity(database.db, checker.actor, boardId, { claimId });
    expect(entry).toMatchObject({
      actorId: checker.userId,
      entityType: "comment",
      entityId: comment.id,
      claimId,
      action: "created",
      before: null,
      after: comment,
    });
    expect(await listClaimComments(database.db, viewer.actor, boardId, claimId)).toContainEqual(comment);
  });

  it("threads replies one level deep: a reply to a reply joins the thread's root", async () => {
    const root = await post(checker.actor, "Root of a thread");
    const reply = await post(editor.actor, "A reply", root.id);
    const replyToReply = await post(checker.actor, "A reply to the reply", reply.id);
    expect(reply.parentId).toBe(root.id);
    expect(replyToReply.parentId).toBe(root.id);
    const listed = (await listClaimComments(database.db, checker.actor, boardId, claimId)).map((c) => c.id);
    expect(listed.indexOf(root.id)).toBeLessThan(listed.indexOf(reply.id));
    expect(listed.indexOf(reply.id)).toBeLessThan(listed.indexOf(replyToReply.id));
  });

  it("refuses a parent on another claim (400) or one that does not exist (404), writing nothing", async () => {
    const elsewhere = await post(checker.actor, "On another claim", undefined, otherClaimId);
    const before = await snapshot();
    const crossClaim = await expectDataError(post(checker.actor, "Misplaced reply", elsewhere.id), "invalid");
    expect(crossClaim.message).toMatch(/same claim/);
    await expectDataError(post(checker.actor, "Reply to nothing", "no-such-comment"), "not_found");
    expect(await snapshot()).toEqual(before);
  });

  it("refuses mentions of people outside the workspace, naming them, and writes nothing", async () => {
    const before = await snapshot();
    const error = await expectDataError(
      post(checker.actor, `Ask ${mentionToken(outsider)} and ${mentionToken({ userId: "nobody", name: "Ghost" })} too, ${mentionToken(editor)}`),
      "invalid",
    );
    expect(error.message).toContain("@Dee Outsider, @Ghost are not");
    expect(error.details).toEqual({ notMembers: [outsider.userId, "nobody"] });
    expect(await snapshot()).toEqual(before);
  });

  it("lets viewers read but not post; outsiders get 404 (403 on a public board); anonymous readers get 404, and on a public board are asked to sign in (401)", async () => {
    await post(checker.actor, "Visible to the team");
    const before = await snapshot();
    const refused = await expectDataError(post(viewer.actor, "A viewer's comment"), "forbidden");
    expect(refused.message).toMatch(/viewer/);
    await expectDataError(post(outsider.actor, "An outsider's comment"), "not_found");
    const anonymousPost = await expectDataError(post(anonymous, "An anonymous comment"), "not_found");
    expect(anonymousPost.message).toBe("Board was not found.");
    expect(await snapshot()).toEqual(before);

    await expectDataError(listClaimComments(database.db, outsider.actor, boardId, claimId), "not_found");
    await expectDataError(listClaimComments(database.db, anonymous, boardId, claimId), "not_found");
    await database.db.board.update({ where: { id: boardId }, data: { visibility: "public" } });
    try {
      // The discussion is internal: members only, even on a public board.
      // Each refusal says what was refused: reading the discussion, or changing the board.
      const anonymousRead = await expectDataError(listClaimComments(database.db, anonymous, boardId, claimId), "unauthenticated");
      expect(anonymousRead.message).toBe("Sign in as a member of this board's workspace to see its discussion and activity.");
      const outsiderRead = await expectDataError(listClaimComments(database.db, outsider.actor, boardId, claimId), "forbidden");
      expect(outsiderRead.message).toMatch(/^Only members of this board's workspace can see its discussion and activity\./);
      const anonymousWrite = await expectDataError(post(anonymous, "Still not allowed"), "unauthenticated");
      expect(anonymousWrite.message).toBe("Sign in as a member of this board's workspace to change it.");
      // The board is public, so a signed-in outsider learns nothing from a 403.
      const outsiderWrite = await expectDataError(post(outsider.actor, "Still not allowed"), "forbidden");
      expect(outsiderWrite.message).toMatch(/^Only members of this board's workspace can change it\./);
      expect(await snapshot()).toEqual(before);
    } finally {
      await database.db.board.update({ where: { id: boardId }, data: { visibility: "private" } });
    }
  });

  it("404s a claim on another board or a comment on another claim", async () => {
    await expectDataError(listClaimComments(database.db, checker.actor, boardId, "no-such-claim"), "not_found");
    await expectDataError(post(checker.actor, "Nowhere", undefined, "no-such-claim"), "not_found");
    const elsewhere = await post(checker.actor, "Mine, elsewhere", undefined, otherClaimId);
    await expectDataError(updateComment(database.db, checker.actor, boardId, claimId, elsewhere.id, { body: "x" }), "not_found");
    await expectDataError(deleteComment(database.db, checker.actor, boardId, claimId, elsewhere.id), "not_found");
  });

  it("lets only the author edit; an edit is marked and logged with the text before and after", async () => {
    const comment = await post(checker.actor, "First draft");
    const before = await snapshot();
    const refused = await expectDataError(
      updateComment(database.db, editor.actor, boardId, claimId, comment.id, { body: "Rewritten by the editor" }),
      "forbidden",
    );
    expect(refused.message).toMatch(/Only its author/);
    await expectDataError(updateComment(database.db, viewer.actor, boardId, claimId, comment.id, { body: "x" }), "forbidden");
    await expectDataError(updateComment(database.db, anonymous, boardId, claimId, comment.id, { body: "x" }), "not_found");
    expect(await snapshot()).toEqual(before);

    const unchanged = await updateComment(database.db, checker.actor, boardId, claimId, comment.id, { body: "First draft" });
    expect(unchanged.editedAt).toBeNull();
    expect(await snapshot()).toEqual(before);

    const body = `Second draft for ${mentionToken(viewer)}`;
    const edited = await updateComment(database.db, checker.actor, boardId, claimId, comment.id, { body });
    expect(edited).toMatchObject({ id: comment.id, body, mentions: [viewer.userId], createdAt: comment.createdAt });
    expect(edited.editedAt).not.toBeNull();
    const [entry] = await listActivity(database.db, checker.actor, boardId, { claimId });
    expect(entry).toMatchObject({ entityType: "comment", entityId: comment.id, claimId, action: "updated", before: comment, after: edited });

    await expectDataError(
      updateComment(database.db, checker.actor, boardId, claimId, comment.id, { body: `Now ${mentionToken(outsider)}` }),
      "invalid",
    );
    expect((await database.db.comment.findUniqueOrThrow({ where: { id: comment.id } })).body).toBe(body);
  });

  it("lets only the author delete; a deleted comment keeps its place and its replies, blanked", async () => {
    const root = await post(checker.actor, `Delete me, ${mentionToken(editor)}`);
    const reply = await post(editor.actor, "A reply that stays", root.id);
    const before = await snapshot();
    await expectDataError(deleteComment(database.db, editor.actor, boardId, claimId, root.id), "forbidden");
    await expectDataError(deleteComment(database.db, anonymous, boardId, claimId, root.id), "not_found");
    expect(await snapshot()).toEqual(before);

    const deleted = await deleteComment(database.db, checker.actor, boardId, claimId, root.id);
    expect(deleted).toMatchObject({ id: root.id, body: "", mentions: [], parentId: null });
    expect(deleted.deletedAt).not.toBeNull();
    const listed = await listClaimComments(database.db, editor.actor, boardId, claimId);
    expect(listed.find((c) => c.id === root.id)).toEqual(deleted);
    expect(listed.find((c) => c.id === reply.id)).toEqual(reply);
    const [entry] = await listActivity(database.db, checker.actor, boardId, { claimId });
    expect(entry).toMatchObject({ entityType: "comment", entityId: root.id, claimId, action: "deleted", before: root, after: deleted });

    const afterDelete = await snapshot();
    expect(await deleteComment(database.db, checker.actor, boardId, claimId, root.id)).toEqual(deleted);
    const editDeleted = await expectDataError(
      updateComment(database.db, checker.actor, boardId, claimId, root.id, { body: "Back from the dead" }),
      "conflict",
    );
    expect(editDeleted.message).toMatch(/deleted/);
    expect(await snapshot()).toEqual(afterDelete);
    // A reply under a deleted comment still joins its thread.
    expect((await post(editor.actor, "Late reply", reply.id)).parentId).toBe(root.id);
  });

  it("undoes a deletion for its author only: the same text back in its place, logged as restored", async () => {
    const body = `Undo me, ${mentionToken(editor)}`;
    const root = await post(checker.actor, body);
    const reply = await post(editor.actor, "Stays under it", root.id);
    const restore = (actor: TActor, id = root.id) => restoreComment(database.db, actor, boardId, claimId, id);
    await expectDataError(restore(checker.actor), "conflict");
    const deleted = await deleteComment(database.db, checker.actor, boardId, claimId, root.id);
    const afterDelete = await snapshot();
    await expectDataError(restore(editor.actor), "forbidden");
    await expectDataError(restore(anonymous), "not_found");
    await expectDataError(restoreComment(database.db, checker.actor, boardId, otherClaimId, root.id), "not_found");
    expect(await snapshot()).toEqual(afterDelete);

    const restored = await restore(checker.actor);
    expect(restored).toEqual({ ...root, deletedAt: null });
    const listed = await listClaimComments(database.db, editor.actor, boardId, claimId);
    expect(listed.find((c) => c.id === root.id)).toEqual(restored);
    expect(listed.find((c) => c.id === reply.id)?.parentId).toBe(root.id);
    const [entry] = await listActivity(database.db, checker.actor, boardId, { claimId });
    expect(entry).toMatchObject({ entityType: "comment", entityId: root.id, action: "restored", before: deleted, after: restored });
    // A second undo finds nothing deleted and changes nothing.
    const afterRestore = await snapshot();
    await expectDataError(restore(checker.actor), "conflict");
    expect(await snapshot()).toEqual(afterRestore);
  });

  it("keeps a comment deleted longer ago than the undo window", async () => {
    const root = await post(checker.actor, "Too late to undo");
    await deleteComment(database.db, checker.actor, boardId, claimId, root.id);
    await database.db.comment.update({ where: { id: root.id }, data: { deletedAt: new Date(Date.now() - COMMENT_RESTORE_WINDOW_MS - 1000) } });
    const before = await snapshot();
    const refused = await expectDataError(restoreComment(database.db, checker.actor, boardId, claimId, root.id), "gone");
    expect(refused.message).toMatch(/more than 15 minutes ago/);
    expect(await snapshot()).toEqual(before);
  });
});
