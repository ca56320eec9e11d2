import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../../testing/test-databases";
import { loadMemberActor } from "../members/load-member-actor";
import { DEMO_PASSWORD, DEMO_USERS, demoTeamWanted, seedDemoTeam } from "../seed/seed-demo-team";
import { importSeedBoard } from "../seed/import-seed-board";
import { BASRA_SEED_KEY, readSeedBoard } from "../../seed/read-seed-board";
import { createAuth } from "./create-auth";
import { readAuthSecret } from "./read-auth-secret";

const headers = new Headers({ host: "localhost" });

describe("demo team switch", () => {
  it("is on outside production, and in production only with CLAIMGRAPH_DEMO=1", () => {
    expect(demoTeamWanted({})).toBe(true);
    expect(demoTeamWanted({ NODE_ENV: "development" })).toBe(true);
    expect(demoTeamWanted({ NODE_ENV: "production" })).toBe(false);
    expect(demoTeamWanted({ NODE_ENV: "production", CLAIMGRAPH_DEMO: "1" })).toBe(true);
    expect(demoTeamWanted({ NODE_ENV: "production", CLAIMGRAPH_DEMO: "yes" })).toBe(false);
  });
});

describe.each(TEST_PROVIDERS)("accounts on %s", (provider) => {
  describe("a fresh install without the demo team", () => {
    let database: TTestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase(provider);
      await importSeedBoard(database.db, readSeedBoard(BASRA_SEED_KEY));
    });
    afterAll(async () => {
      await database?.drop();
    });

    it("keeps one generated session secret for every instance", async () => {
      const first = await readAuthSecret(database.db);
      expect(first.length).toBeGreaterThanOrEqual(40);
      expect(await readAuthSecret(database.db)).toBe(first);
    });

    it("makes the first account owner of the first workspace, and nobody after it", async () => {
      const auth = createAuth(database.db, provider, await readAuthSecret(database.db));
      const first = await auth.api.signUpEmail({ body: { name: "First Person", email: "first@example.test", password: "a long password 1" }, headers });
      const second = await auth.api.signUpEmail({ body: { name: "Second Person", email: "second@example.test", password: "a long password 2" }, headers });
      const workspace = await database.db.workspace.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
      expect((await loadMemberActor(database.db, first.user.id)).roles).toEqual({ [workspace.id]: "owner" });
      expect((await loadMemberActor(database.db, second.user.id)).roles).toEqual({});
      const logged = await database.db.activityEntry.findMany({ where: { entityType: "membership" } });
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatchObject({ workspaceId: workspace.id, boardId: null, actorId: first.user.id });
    });

    it("stores only a password hash, and signs in with the password and not without it", async () => {
      const auth = createAuth(database.db, provider, await readAuthSecret(database.db));
      const account = await database.db.account.findFirstOrThrow({ where: { user: { email: "first@example.test" } } });
      expect(account.password).toBeTruthy();
      expect(account.password).not.toContain("a long password 1");
      const signedIn = await auth.api.signInEmail({ body: { email: "first@example.test", password: "a long password 1" }, headers });
      expect(signedIn.user.email).toBe("first@example.test");
      expect(await database.db.session.count({ where: { userId: signedIn.user.id } })).toBeGreaterThanOrEqual(1);
      await expect(auth.api.signInEmail({ body: { email: "first@example.test", password: "wrong password!" }, headers })).rejects.toThrow();
    });

    it("refuses a password shorter than ten characters", async () => {
      const auth = createAuth(database.db, provider, await readAuthSecret(database.db));
      await expect(auth.api.signUpEmail({ body: { name: "Short", email: "short@example.test", password: "short" }, headers })).rejects.toThrow();
      expect(await database.db.user.count({ where: { email: "short@example.test" } })).toBe(0);
    });

    it("refuses a name over 100 characters or blank, on sign-up and on update, and stores names trimmed", async () => {
      const auth = createAuth(database.db, provider, await readAuthSecret(database.db));
      const signUp = (name: string, email: string) => auth.api.signUpEmail({ body: { name, email, password: "a long password 3" }, headers });
      await expect(signUp("x".repeat(101), "long-name@example.test")).rejects.toMatchObject({
        statusCode: 400,
        message: "Your name is too long: at most 100 characters (counted as UTF-16 code units: some emoji count as 2).",
      });
      await expect(signUp("   ", "blank-name@example.test")).rejects.toMatchObject({ statusCode: 400, message: expect.stringContaining("Enter your name") });
      expect(await database.db.user.count({ where: { email: { in: ["long-name@example.test", "blank-name@example.test"] } } })).toBe(0);

      const created = await signUp(`  ${"y".repeat(100)}  `, "exact-name@example.test");
      expect((await database.db.user.findUniqueOrThrow({ where: { id: created.user.id } })).name).toBe("y".repeat(100));
      const signedIn = await auth.api.signInEmail({ body: { email: "exact-name@example.test", password: "a long password 3" }, headers, returnHeaders: true });
      // The session cookie, as a browser would send it back.
      const asUser = new Headers({ host: "localhost", cookie: signedIn.headers.get("set-cookie")?.split(";")[0] ?? "" });
      await expect(auth.api.updateUser({ body: { name: "z".repeat(101) }, headers: asUser })).rejects.toMatchObject({ statusCode: 400 });
      await auth.api.updateUser({ body: { name: " Renamed " }, headers: asUser });
      expect((await database.db.user.findUniqueOrThrow({ where: { id: created.user.id } })).name).toBe("Renamed");
    });
  });

  describe("the demo team", () => {
    let database: TTestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase(provider);
      await importSeedBoard(database.db, readSeedBoard(BASRA_SEED_KEY));
    });
    afterAll(async () => {
      await database?.drop();
    });

    it("has one account per role in the demo workspace, makes its seeded board public once, and seeds idempotently", async () => {
      const auth = createAuth(database.db, provider, await readAuthSecret(database.db));
      expect((await seedDemoTeam(database.db, auth)).created).toHaveLength(DEMO_USERS.length);
      const board = await database.db.board.findUniqueOrThrow({ where: { seedKey: BASRA_SEED_KEY } });
      expect(board.visibility).toBe("public");
      for (const demo of DEMO_USERS) {
        const user = await database.db.user.findUniqueOrThrow({ where: { email: demo.email } });
        expect((await loadMemberActor(database.db, user.id)).roles).toEqual({ [board.workspaceId]: demo.role });
        await expect(auth.api.signInEmail({ body: { email: demo.email, password: DEMO_PASSWORD }, headers })).resolves.toBeTruthy();
      }
      expect(await database.db.activityEntry.count({ where: { entityType: "board", boardId: board.id } })).toBe(1);
      // A later start changes nothing: not a board an editor made private again,
      // nor a demo account the owner removed.
      await database.db.board.update({ where: { id: board.id }, data: { visibility: "private" } });
      const viewer = await database.db.user.findUniqueOrThrow({ where: { email: DEMO_USERS.find((d) => d.role === "viewer")!.email } });
      await database.db.membership.delete({ where: { workspaceId_userId: { workspaceId: board.workspaceId, userId: viewer.id } } });
      expect((await seedDemoTeam(database.db, auth)).created).toEqual([]);
      expect(await database.db.membership.count()).toBe(DEMO_USERS.length - 1);
      expect((await database.db.board.findUniqueOrThrow({ where: { id: board.id } })).visibility).toBe("private");
    });
  });
});
