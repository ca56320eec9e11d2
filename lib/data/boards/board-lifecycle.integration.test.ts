// Renaming, archiving, restoring and deleting boards, on SQLite and PostgreSQL: who may, what each
// leaves behind in lists, search, reads and writes, and that refused attempts (stale versions, a
// wrong confirmation, another workspace's board, unusual text) change nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZBoardCreateInput } from "../../schemas/board";
import { ZBoardRenameInput } from "../../schemas/board-lifecycle";
import { ZClaimCreateInput } from "../../schemas/claim";
import { databaseFingerprint } from "../../testing/database-fingerprint";
import { expectDataError } from "../../testing/expect-data-error";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../../testing/test-databases";
import { createTestMember, type TTestMember } from "../../testing/test-members";
import { listActivity } from "../activity/list-activity";
import { createClaim } from "../claims/create-claim";
import { searchBoards } from "../search/search-boards";
import { archiveBoard } from "./archive-board";
import { createBoard } from "./create-board";
import { deleteBoard } from "./delete-board";
import { getBoardView } from "./get-board-view";
import { listBoards } from "./list-boards";
import { listDeletedBoards } from "./list-deleted-boards";
import { renameBoard } from "./rename-board";
import { restoreBoard } from "./restore-board";
import { setBoardVisibility } from "./set-board-visibility";
import type { TPrismaClient } from "../../db/prisma-client";
import { readSearchQuery } from "../../search/search-query";

const ARTICLE = "The river flooded forty homes on Tuesday. The mayor said the levee held.";

const quote = (exact: string) => {
  const start = ARTICLE.indexOf(exact);
  return { exact, prefix: "", suffix: "", start, end: start + exact.length };
};

describe.each(TEST_PROVIDERS)("board lifecycle on %s", (provider) => {
  let database: TTestDatabase;
  let db: TPrismaClient;
  let workspaceId: string;
  let owner: TTestMember;
  let editor: TTestMember;
  let checker: TTestMember;
  let outsider: TTestMember;
  let counter = 0;

  async function newBoard(title = `Flood check ${++counter}`) {
    const { id } = await createBoard(db, editor.actor, ZBoardCreateInput.parse({ title, workspaceId, article: { text: ARTICLE } }));
    return id;
  }
  const versionOf = async (id: string) => (await db.board.findUniqueOrThrow({ where: { id } })).version;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    db = database.db;
    const workspace = await db.workspace.create({ data: { slug: "lifecycle", name: "Lifecycle" } });
    workspaceId = workspace.id;
    owner = await createTestMember(db, workspaceId, "owner", "Olive Owner");
    editor = await createTestMember(db, workspaceId, "editor", "Eddie Editor");
    checker = await createTestMember(db, workspaceId, "checker", "Chen Checker");
    const other = await db.workspace.create({ data: { slug: "other", name: "Other" } });
    outsider = await createTestMember(db, other.id, "owner", "Otto Outsider");
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("renames a board with the version seen, logs it, and refuses a stale version", async () => {
    const id = await newBoard();
    const renamed = await renameBoard(db, editor.actor, id, ZBoardRenameInput.parse({ title: "  Flood check: Tuesday  ", version: 1 }));
    expect(renamed).toEqual({ id, title: "Flood check: Tuesday", version: 2, archived: false });
    const [entry] = await listActivity(db, editor.actor, id);
    expect(entry).toMatchObject({ entityType: "board", action: "updated", before: { title: expect.stringMatching(/^Flood check/) }, after: { title: "Flood check: Tuesday" } });
    const before = await databaseFingerprint(db);
    const stale = await expectDataError(renameBoard(db, owner.actor, id, { title: "Other title", version: 1 }), "conflict");
    expect(stale.details).toEqual({ latest: { title: "Flood check: Tuesday", version: 2, archived: false } });
    expect(await databaseFingerprint(db)).toEqual(before);
  });

  it("lets only editors and owners manage a board, and nobody outside the workspace find it", async () => {
    const id = await newBoard();
    const before = await databaseFingerprint(db);
    await expectDataError(renameBoard(db, checker.actor, id, { title: "Mine now", version: 1 }), "forbidden");
    await expectDataError(archiveBoard(db, checker.actor, id, 1), "forbidden");
    await expectDataError(deleteBoard(db, checker.actor, id, { confirmTitle: `Flood check ${counter}`, version: 1 }), "forbidden");
    await expectDataError(renameBoard(db, outsider.actor, id, { title: "Mine now", version: 1 }), "not_found");
    await expectDataError(deleteBoard(db, outsider.actor, id, { confirmTitle: `Flood check ${counter}`, version: 1 }), "not_found");
    await expectDataError(renameBoard(db, owner.actor, "no-such-board", { title: "Ghost", version: 1 }), "not_found");
    expect(await databaseFingerprint(db)).toEqual(before);
  });

  it("archives a board off the home list into the Archived list, read-only, and restores it", async () => {
    const id = await newBoard("The levee report");
    await archiveBoard(db, editor.actor, id, 1);
    expect((await listBoards(db, editor.actor)).map((b) => b.id)).not.toContain(id);
    const archived = await listBoards(db, editor.actor, { archived: true });
    expect(archived.find((b) => b.id === id)).toMatchObject({ title: "The levee report", version: 2, archivedAt: expect.any(String) });
    // Still readable, with its state shown; nothing on it can change.
    expect((await getBoardView(db, checker.actor, id)).archivedAt).not.toBeNull();
    const before = await databaseFingerprint(db);
    const claim = ZClaimCreateInput.parse({ statement: "Forty homes flooded", selector: quote("forty homes") });
    await expectDataError(createClaim(db, checker.actor, id, claim), "conflict", /archived/);
    await expectDataError(setBoardVisibility(db, editor.actor, id, "public"), "conflict", /archived/);
    await expectDataError(renameBoard(db, editor.actor, id, { title: "Renamed while archived", version: 2 }), "conflict", /archived/);
    expect(await databaseFingerprint(db)).toEqual(before);
    // An outsider's Archived list never has another workspace's boards, even public ones.
    expect(await listBoards(db, outsider.actor, { archived: true })).toEqual([]);

    const restored = await restoreBoard(db, editor.actor, id, 2);
    expect(restored).toEqual({ id, title: "The levee report", version: 3, archived: false });
    expect((await listBoards(db, editor.actor)).map((b) => b.id)).toContain(id);
    await createClaim(db, checker.actor, id, claim);
    const actions = (await listActivity(db, editor.actor, id)).filter((e) => e.entityType === "board").map((e) => e.after);
    expect(actions).toEqual(expect.arrayContaining([{ archived: false }, expect.objectContaining({ archived: true })]));
  });

  it("deletes only with the exact title and current version, then the board is gone everywhere but the workspace log", async () => {
    const id = await newBoard("Levee (draft)");
    await setBoardVisibility(db, editor.actor, id, "public");
    await createClaim(db, editor.actor, id, ZClaimCreateInput.parse({ statement: "The levee held", selector: quote("the levee held") }));
    const version = await versionOf(id);
    const levee = readSearchQuery("levee");
    if (!levee.ok) throw new Error(levee.problem);
    const boardsFound = async () => (await searchBoards(db, owner.actor, levee.terms)).map((result) => result.board.id);
    expect(await boardsFound()).toContain(id);
    const before = await databaseFingerprint(db);
    await expectDataError(deleteBoard(db, editor.actor, id, { confirmTitle: "levee (draft)", version }), "invalid", /type its title exactly/);
    await expectDataError(deleteBoard(db, editor.actor, id, { confirmTitle: "Levee (draft) ", version }), "invalid");
    await expectDataError(deleteBoard(db, editor.actor, id, { confirmTitle: "Levee (draft)", version: version + 1 }), "conflict");
    await expectDataError(deleteBoard(db, editor.actor, id, { confirmTitle: "Levee\u0000(draft)", version }), "invalid");
    expect(await databaseFingerprint(db)).toEqual(before);

    const deleted = await deleteBoard(db, editor.actor, id, { confirmTitle: "Levee (draft)", version });
    expect(deleted).toMatchObject({ id, title: "Levee (draft)" });
    await expectDataError(getBoardView(db, editor.actor, id), "not_found");
    await expectDataError(getBoardView(db, { userId: null, roles: {} }, id), "not_found");
    await expectDataError(listActivity(db, editor.actor, id), "not_found");
    expect((await listBoards(db, owner.actor)).map((b) => b.id)).not.toContain(id);
    expect((await listBoards(db, owner.actor, { archived: true })).map((b) => b.id)).not.toContain(id);
    expect(await boardsFound()).not.toContain(id);
    await expectDataError(deleteBoard(db, editor.actor, id, { confirmTitle: "Levee (draft)", version: version + 1 }), "not_found");

    const [log] = await listDeletedBoards(db, checker.actor, workspaceId);
    expect(log).toMatchObject({ boardId: id, title: "Levee (draft)", claimCount: 1, deletedBy: { userId: editor.userId, name: "Eddie Editor" } });
    await expectDataError(listDeletedBoards(db, outsider.actor, workspaceId), "not_found");
  });

  it("deletes an archived board too", async () => {
    const id = await newBoard("Old flood board");
    await archiveBoard(db, owner.actor, id, 1);
    await deleteBoard(db, owner.actor, id, { confirmTitle: "Old flood board", version: 2 });
    expect((await listBoards(db, owner.actor, { archived: true })).map((b) => b.id)).not.toContain(id);
  });

  it("lets one of two concurrent renames win and refuses the other", async () => {
    const id = await newBoard();
    const results = await Promise.allSettled([
      renameBoard(db, editor.actor, id, { title: "First", version: 1 }),
      renameBoard(db, owner.actor, id, { title: "Second", version: 1 }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await versionOf(id)).toBe(2);
  });
});
