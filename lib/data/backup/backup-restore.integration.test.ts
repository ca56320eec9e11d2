import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseFingerprint, type TDatabaseFingerprint } from "../../testing/database-fingerprint";
import { buildRichInstall, INVITED_PASSWORD } from "../../testing/build-rich-install";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase, type TTestProvider } from "../../testing/test-databases";
import { createAuth } from "../auth/create-auth";
import { readAuthSecret } from "../auth/read-auth-secret";
import { DEMO_PASSWORD } from "../seed/seed-demo-team";
import { backUpInstall } from "./back-up-install";
import { restoreInstall } from "./restore-install";

const headers = new Headers({ host: "localhost" });
const scratch = mkdtempSync(join(tmpdir(), "claimgraph-backup-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let fileCount = 0;
const newBackupFile = () => join(scratch, `backup-${++fileCount}.claimgraph-backup.gz`);

/** A source install with everything in it, its fingerprint, one backup of it, and a session cookie signed on it. */
async function richSource(provider: TTestProvider) {
  const database = await createTestDatabase(provider);
  const rich = await buildRichInstall(database.db, provider);
  const auth = createAuth(database.db, provider, await readAuthSecret(database.db));
  const signedIn = await auth.api.signInEmail({ body: { email: rich.invitedEmail, password: INVITED_PASSWORD }, headers, returnHeaders: true });
  const cookie = signedIn.headers.get("set-cookie")!.split(";")[0]!;
  const fingerprint = await databaseFingerprint(database.db);
  const file = newBackupFile();
  const result = await backUpInstall(database.config, file);
  return { database, rich, cookie, fingerprint, file, result };
}

async function expectRestoredInstall(target: TTestDatabase, source: Awaited<ReturnType<typeof richSource>>) {
  const provider = target.config.provider;
  const restored = await restoreInstall(target.config, source.file);
  expect(restored.rows).toEqual(Object.fromEntries(Object.entries(source.fingerprint).map(([model, table]) => [model, table.rows])));
  expect(await databaseFingerprint(target.db)).toEqual(source.fingerprint);

  // The people and their sessions come along: same password, and a cookie signed on the old install still works.
  const auth = createAuth(target.db, provider, await readAuthSecret(target.db));
  await expect(auth.api.signInEmail({ body: { email: source.rich.invitedEmail, password: INVITED_PASSWORD }, headers })).resolves.toBeTruthy();
  await expect(auth.api.signInEmail({ body: { email: "owner@demo.claimgraph.test", password: DEMO_PASSWORD }, headers })).resolves.toBeTruthy();
  await expect(auth.api.signInEmail({ body: { email: source.rich.invitedEmail, password: "not the password" }, headers })).rejects.toThrow();
  const session = await auth.api.getSession({ headers: new Headers({ host: "localhost", cookie: source.cookie }) });
  expect(session?.user.email).toBe(source.rich.invitedEmail);

  // What an export and import used to lose is all there.
  const claims = await target.db.claim.findMany({ where: { boardId: source.rich.boardId } });
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const { published, corrected, returned, inReview, researching } = source.rich.claims;
  expect(byId.get(published)).toMatchObject({ stage: "published", verdict: "false" });
  expect(byId.get(corrected)).toMatchObject({ stage: "published", verdict: "misleading" });
  expect(byId.get(returned)).toMatchObject({ stage: "returned", dueOn: "2030-04-01" });
  expect(byId.get(inReview)).toMatchObject({ stage: "ready_for_review", proposedVerdict: "disputed" });
  expect(byId.get(researching)?.assigneeId).toBeTruthy();
  const board = await target.db.board.findUniqueOrThrow({ where: { id: source.rich.boardId } });
  expect(board).toMatchObject({ visibility: "public", graphDirection: "LR" });
  expect((await target.db.workspace.findUniqueOrThrow({ where: { id: source.rich.workspaceId } })).verdictScale).toContain("Pants on fire");
}

function tableCounts(fingerprint: TDatabaseFingerprint) {
  return Object.fromEntries(Object.entries(fingerprint).map(([model, table]) => [model, table.rows]));
}

describe.each(TEST_PROVIDERS)("backup and restore on %s", (provider) => {
  let source: Awaited<ReturnType<typeof richSource>>;
  let target: TTestDatabase | undefined;
  beforeAll(async () => {
    source = await richSource(provider);
  });
  afterAll(async () => {
    await source?.database.drop();
    await target?.drop();
  });

  it("backs up a rich install with rows in every table the app fills", () => {
    const counts = tableCounts(source.fingerprint);
    for (const [model, rows] of Object.entries(counts)) {
      // Verification holds only e-mail verification tokens, which this install never issues.
      if (model !== "Verification") expect(rows, model).toBeGreaterThan(0);
    }
    expect(counts.Comment).toBeGreaterThanOrEqual(4);
    expect(counts.ActivityEntry).toBeGreaterThan(20);
    expect(source.result.rows).toEqual(counts);
  });

  it(`restores it into an empty ${provider} database exactly, table for table`, async () => {
    target = await createTestDatabase(provider);
    await expectRestoredInstall(target, source);
  });

  it("leaves the backed-up install as it was, and never overwrites a backup file", async () => {
    expect(await databaseFingerprint(source.database.db)).toEqual(source.fingerprint);
    await expect(backUpInstall(source.database.config, source.file)).rejects.toThrow(/already exists/);
  });
});

const moves: [TTestProvider, TTestProvider][] = TEST_PROVIDERS.includes("postgresql")
  ? [
      ["sqlite", "postgresql"],
      ["postgresql", "sqlite"],
    ]
  : [];
describe.each(moves)("moving an install from %s to %s", (from, to) => {
  let source: Awaited<ReturnType<typeof richSource>>;
  let target: TTestDatabase | undefined;
  beforeAll(async () => {
    source = await richSource(from);
  });
  afterAll(async () => {
    await source?.database.drop();
    await target?.drop();
  });

  it("keeps every table exactly, and people sign in with the same passwords", async () => {
    target = await createTestDatabase(to);
    await expectRestoredInstall(target, source);
  });
});
