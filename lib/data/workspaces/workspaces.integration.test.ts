// Creating and renaming workspaces, on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TPrismaClient } from "../../db/prisma-client";
import { ZWorkspaceNameInput } from "../../schemas/workspace";
import { databaseFingerprint } from "../../testing/database-fingerprint";
import { expectDataError } from "../../testing/expect-data-error";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../../testing/test-databases";
import { createTestMember, createTestOutsider, type TTestMember } from "../../testing/test-members";
import { listMyWorkspaces } from "../members/list-my-workspaces";
import { loadMemberActor } from "../members/load-member-actor";
import { createWorkspace } from "./create-workspace";
import { renameWorkspace } from "./rename-workspace";

describe.each(TEST_PROVIDERS)("workspaces on %s", (provider) => {
  let database: TTestDatabase;
  let db: TPrismaClient;
  let workspaceId: string;
  let owner: TTestMember;
  let editor: TTestMember;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    db = database.db;
    workspaceId = (await db.workspace.create({ data: { slug: "ws", name: "Night desk" } })).id;
    owner = await createTestMember(db, workspaceId, "owner", "Olive Owner");
    editor = await createTestMember(db, workspaceId, "editor", "Eddie Editor");
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("makes the person who creates a workspace its owner, and logs both", async () => {
    const person = await createTestOutsider(db, "Newcomer");
    const created = await createWorkspace(db, person.actor, ZWorkspaceNameInput.parse({ name: "  Elections desk  " }));
    expect(created.name).toBe("Elections desk");
    expect(await listMyWorkspaces(db, person.actor)).toEqual([{ id: created.id, name: "Elections desk", role: "owner", memberCount: 1 }]);
    expect((await loadMemberActor(db, person.userId)).roles).toEqual({ [created.id]: "owner" });
    const log = await db.activityEntry.findMany({ where: { workspaceId: created.id }, orderBy: { createdAt: "asc" } });
    expect(log.map((e) => `${e.entityType} ${e.action}`).sort()).toEqual(["membership created", "workspace created"]);
    await expectDataError(createWorkspace(db, { userId: null, roles: {} }, { name: "Anonymous" }), "unauthenticated");
  });

  it("lets owners rename their workspace, and nobody else", async () => {
    const renamed = await renameWorkspace(db, owner.actor, workspaceId, ZWorkspaceNameInput.parse({ name: "Night desk ☾" }));
    expect(renamed).toEqual({ id: workspaceId, name: "Night desk ☾" });
    const [entry] = await db.activityEntry.findMany({ where: { workspaceId, entityType: "workspace" }, orderBy: { createdAt: "desc" } });
    expect(JSON.parse(entry!.before)).toEqual({ name: "Night desk" });
    const before = await databaseFingerprint(db);
    await expectDataError(renameWorkspace(db, editor.actor, workspaceId, { name: "Editor's desk" }), "forbidden");
    const stranger = await createTestOutsider(db, "Stranger");
    const after = await databaseFingerprint(db);
    await expectDataError(renameWorkspace(db, stranger.actor, workspaceId, { name: "Mine" }), "not_found");
    await expectDataError(renameWorkspace(db, owner.actor, "no-such-workspace", { name: "Ghost" }), "not_found");
    expect(await databaseFingerprint(db)).toEqual(after);
    expect(before.Workspace).toEqual(after.Workspace);
  });

  it("refuses names that are empty, too long or not text", () => {
    for (const name of ["", "   ", "x".repeat(101), 42, null]) expect(ZWorkspaceNameInput.safeParse({ name }).success).toBe(false);
    expect(ZWorkspaceNameInput.safeParse({ name: "Desk", extra: 1 }).success).toBe(false);
  });
});
