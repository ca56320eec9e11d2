import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../../testing/test-databases";
import { createTestMember, type TTestMember } from "../../testing/test-members";
import { changeMemberRole } from "./change-member-role";
import { loadCachedMemberActor } from "./member-actor-cache";
import { removeMember } from "./remove-member";

describe.each(TEST_PROVIDERS)("cached member roles on %s", (provider) => {
  let database: TTestDatabase;
  let workspaceId: string;
  let owner: TTestMember;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    workspaceId = (await database.db.workspace.create({ data: { slug: `cache-${provider}`, name: "Cache" } })).id;
    owner = await createTestMember(database.db, workspaceId, "owner");
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("sees a role change made on this instance at once", async () => {
    const member = await createTestMember(database.db, workspaceId, "editor");
    expect((await loadCachedMemberActor(database.db, member.userId)).roles[workspaceId]).toBe("editor");
    await changeMemberRole(database.db, owner.actor, workspaceId, member.userId, "viewer");
    expect((await loadCachedMemberActor(database.db, member.userId)).roles[workspaceId]).toBe("viewer");
  });

  it("sees a removal made on this instance at once", async () => {
    const member = await createTestMember(database.db, workspaceId, "checker");
    expect((await loadCachedMemberActor(database.db, member.userId)).roles[workspaceId]).toBe("checker");
    await removeMember(database.db, owner.actor, workspaceId, member.userId);
    expect((await loadCachedMemberActor(database.db, member.userId)).roles[workspaceId]).toBeUndefined();
  });
});
