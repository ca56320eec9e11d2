// An imported board whose title a board in its workspace already has is named so the two can be told apart.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZBoardCreateInput } from "../../schemas/board";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../../testing/test-databases";
import { createTestMember, type TTestMember } from "../../testing/test-members";
import { listActivity } from "../activity/list-activity";
import { createBoard } from "./create-board";
import { deleteBoard } from "./delete-board";
import { getBoardExport } from "./get-board-export";
import { importBoard } from "./import-board";
import { listBoards } from "./list-boards";

describe.each(TEST_PROVIDERS)("imported board titles on %s", (provider) => {
  let database: TTestDatabase;
  let editor: TTestMember;
  let workspaceId: string;
  let otherWorkspaceId: string;
  let exported: unknown;
  const today = () => new Date().toISOString().slice(0, 10);

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    const { db } = database;
    workspaceId = (await db.workspace.create({ data: { slug: "titles", name: "Titles" } })).id;
    otherWorkspaceId = (await db.workspace.create({ data: { slug: "other", name: "Other" } })).id;
    editor = await createTestMember(db, workspaceId, "editor", "Eddie Editor");
    await db.membership.create({ data: { workspaceId: otherWorkspaceId, userId: editor.userId, role: "editor" } });
    editor.actor.roles[otherWorkspaceId] = "editor";
    const { id } = await createBoard(db, editor.actor, ZBoardCreateInput.parse({ title: "Flood check", workspaceId, article: { text: "The river rose." } }));
    exported = await getBoardExport(db, editor.actor, id);
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("adds the import date, then a number, when the title is taken in the workspace, and logs the title given", async () => {
    const first = await importBoard(database.db, editor.actor, exported, { workspaceId });
    const second = await importBoard(database.db, editor.actor, exported, { workspaceId });
    expect(first.title).toBe(`Flood check (imported ${today()})`);
    expect(second.title).toBe(`Flood check (imported ${today()}, 2)`);
    const titles = (await listBoards(database.db, editor.actor)).filter((b) => b.workspaceId === workspaceId).map((b) => b.title);
    expect(titles).toEqual(["Flood check", `Flood check (imported ${today()})`, `Flood check (imported ${today()}, 2)`]);
    const [created] = await listActivity(database.db, editor.actor, second.id);
    expect(created?.after).toMatchObject({ title: `Flood check (imported ${today()}, 2)` });
  });

  it("gives imports revealed at the same moment different titles", async () => {
    const { id: workspace } = await database.db.workspace.create({ data: { slug: "at-once", name: "At once" } });
    await database.db.membership.create({ data: { workspaceId: workspace, userId: editor.userId, role: "editor" } });
    const actor = { ...editor.actor, roles: { ...editor.actor.roles, [workspace]: "editor" as const } };
    const imports = await Promise.all(Array.from({ length: 4 }, () => importBoard(database.db, actor, exported, { workspaceId: workspace })));
    const titles = imports.map((board) => board.title);
    expect(new Set(titles).size).toBe(4);
    expect(titles.sort()).toEqual(["Flood check", `Flood check (imported ${today()})`, `Flood check (imported ${today()}, 2)`, `Flood check (imported ${today()}, 3)`]);
  });

  it("keeps the file's title in another workspace, and once the board that had it is deleted", async () => {
    expect((await importBoard(database.db, editor.actor, exported, { workspaceId: otherWorkspaceId })).title).toBe("Flood check");
    const copy = await importBoard(database.db, editor.actor, exported, { workspaceId: otherWorkspaceId });
    await deleteBoard(database.db, editor.actor, copy.id, { confirmTitle: copy.title, version: 1 });
    const [original] = (await listBoards(database.db, editor.actor)).filter((b) => b.workspaceId === otherWorkspaceId);
    await deleteBoard(database.db, editor.actor, original!.id, { confirmTitle: "Flood check", version: original!.version });
    expect((await importBoard(database.db, editor.actor, exported, { workspaceId: otherWorkspaceId })).title).toBe("Flood check");
  });
});
