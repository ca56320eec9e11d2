// One's own account through Better Auth's own endpoints (change-password, update-user), the demo
// accounts the sign-in page mentions, and a reset link ending in a working sign-in, on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../../testing/test-databases";
import { createPasswordReset } from "../password-resets/create-password-reset";
import { redeemPasswordReset } from "../password-resets/redeem-password-reset";
import { loadMemberActor } from "../members/load-member-actor";
import { importSeedBoard } from "../seed/import-seed-board";
import { DEMO_PASSWORD, DEMO_USERS, seedDemoTeam } from "../seed/seed-demo-team";
import { BASRA_SEED_KEY, readSeedBoard } from "../../seed/read-seed-board";
import { createAuth, type TAuth } from "./create-auth";
import { listDemoAccounts } from "./list-demo-accounts";
import { readAuthSecret } from "./read-auth-secret";

const host = new Headers({ host: "localhost" });
const [ownerDemo, editorDemo, checkerDemo] = DEMO_USERS;

describe.each(TEST_PROVIDERS)("own accounts on %s", (provider) => {
  let database: TTestDatabase;
  let auth: TAuth;

  async function signIn(email: string, password: string): Promise<Headers | null> {
    const response = await auth.api.signInEmail({ body: { email, password }, headers: host, asResponse: true });
    if (!response.ok) return null;
    const cookie = response.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
    return new Headers({ host: "localhost", cookie });
  }
  const sessionOf = (headers: Headers) => auth.api.getSession({ headers });

  const limits = process.env.CLAIMGRAPH_AUTH_RATE_LIMIT;
  beforeAll(async () => {
    // This file signs in many times from one address.
    process.env.CLAIMGRAPH_AUTH_RATE_LIMIT = "off";
    database = await createTestDatabase(provider);
    auth = createAuth(database.db, provider, await readAuthSecret(database.db));
    await importSeedBoard(database.db, readSeedBoard(BASRA_SEED_KEY));
  });
  afterAll(async () => {
    if (limits === undefined) delete process.env.CLAIMGRAPH_AUTH_RATE_LIMIT;
    else process.env.CLAIMGRAPH_AUTH_RATE_LIMIT = limits;
    await database?.drop();
  });

  it("mentions demo accounts only once they exist, and only those that still take the demo password", async () => {
    expect(await listDemoAccounts(database.db)).toEqual([]);
    await seedDemoTeam(database.db, auth);
    expect((await listDemoAccounts(database.db)).map((a) => a.role)).toEqual(["owner", "editor", "checker", "viewer"]);
  });

  it("changes one's own password only with the current one, ending one's other sessions", async () => {
    const here = (await signIn(checkerDemo!.email, DEMO_PASSWORD))!;
    const elsewhere = (await signIn(checkerDemo!.email, DEMO_PASSWORD))!;
    await expect(
      auth.api.changePassword({ body: { currentPassword: "not the password", newPassword: "a new checker password" }, headers: here }),
    ).rejects.toThrow();
    expect(await signIn(checkerDemo!.email, DEMO_PASSWORD)).not.toBeNull();

    const changed = await auth.api.changePassword({
      body: { currentPassword: DEMO_PASSWORD, newPassword: "a new checker password", revokeOtherSessions: true },
      headers: here,
      asResponse: true,
    });
    expect(changed.status).toBe(200);
    expect(await sessionOf(elsewhere)).toBeNull();
    expect(await signIn(checkerDemo!.email, DEMO_PASSWORD)).toBeNull();
    expect(await signIn(checkerDemo!.email, "a new checker password")).not.toBeNull();
    // The sign-in page stops offering an account whose password is no longer the demo one.
    expect((await listDemoAccounts(database.db)).map((a) => a.role)).toEqual(["owner", "editor", "viewer"]);
  });

  it("changes one's own name, within the rules for names", async () => {
    const headers = (await signIn(editorDemo!.email, DEMO_PASSWORD))!;
    await auth.api.updateUser({ body: { name: "  Eda E. Editor " }, headers });
    expect((await sessionOf(headers))?.user.name).toBe("Eda E. Editor");
    await expect(auth.api.updateUser({ body: { name: "x".repeat(500) }, headers })).rejects.toThrow();
    await expect(auth.api.updateUser({ body: { name: "   " }, headers })).rejects.toThrow();
    expect((await database.db.user.findUniqueOrThrow({ where: { email: editorDemo!.email } })).name).toBe("Eda E. Editor");
  });

  it("signs a member in with the password set through a reset link, and never again with the old one", async () => {
    const owner = await loadMemberActor(database.db, (await database.db.user.findUniqueOrThrow({ where: { email: ownerDemo!.email } })).id);
    const editorId = (await database.db.user.findUniqueOrThrow({ where: { email: editorDemo!.email } })).id;
    const open = (await signIn(editorDemo!.email, DEMO_PASSWORD))!;
    const workspaceId = Object.keys(owner.roles)[0]!;
    const link = await createPasswordReset(database.db, owner, workspaceId, editorId);
    await redeemPasswordReset(database.db, { token: link.path.split("/").at(-1)!, newPassword: "the editor's new password" });
    expect(await sessionOf(open)).toBeNull();
    expect(await signIn(editorDemo!.email, DEMO_PASSWORD)).toBeNull();
    expect(await signIn(editorDemo!.email, "the editor's new password")).not.toBeNull();
  });
});
