// The quick check that lets `npm start` skip preparing the database agrees
// with what scripts/db-prepare.ts would do: "ready" only when it would change nothing.
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_EMAILS, DEMO_WORKSPACE_SLUG, isDatabaseReady, readDatabaseTarget } from "../../scripts/database-ready.mjs";
import { createAuth } from "../data/auth/create-auth";
import { readAuthSecret } from "../data/auth/read-auth-secret";
import { importSeedBoard, DEMO_WORKSPACE } from "../data/seed/import-seed-board";
import { DEMO_USERS, seedDemoTeam } from "../data/seed/seed-demo-team";
import { BASRA_SEED_KEY, readSeedBoard } from "../seed/read-seed-board";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../testing/test-databases";
import { readDatabaseConfig } from "./database-config";
import { MIGRATIONS_DIR } from "./migrate-database";

const urlOf = (database: TTestDatabase) =>
  database.config.provider === "sqlite" ? `file:${database.config.file}` : database.config.url;

describe("the quick readiness check's copies of the app's rules", () => {
  it("reads DATABASE_URL as the app does", () => {
    for (const url of [undefined, " ", "postgresql://root@127.0.0.1:5432/test", "postgres://u@h/db", "file:./tmp/x.db", "file:///var/x.db"]) {
      expect(readDatabaseTarget(url)).toEqual(readDatabaseConfig(url));
    }
    for (const url of ["mysql://x", "file:"]) {
      expect(readDatabaseTarget(url)).toBeNull();
      expect(() => readDatabaseConfig(url)).toThrow();
    }
  });
  it("knows the demo team's workspace and accounts", () => {
    expect(DEMO_WORKSPACE_SLUG).toBe(DEMO_WORKSPACE.slug);
    expect(DEMO_EMAILS).toEqual(DEMO_USERS.map((user) => user.email));
  });
});

describe.each(TEST_PROVIDERS)("isDatabaseReady on %s", (provider) => {
  let database: TTestDatabase;
  const scratch = mkdtempSync(join(tmpdir(), "claimgraph-ready-"));
  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await database?.drop();
    rmSync(scratch, { recursive: true, force: true });
  });

  it("is not ready when migrated but empty, and ready once seeded with the demo team", async () => {
    const databaseUrl = urlOf(database);
    expect(await isDatabaseReady({ databaseUrl, demoWanted: false })).toBe(false);
    await importSeedBoard(database.db, readSeedBoard(BASRA_SEED_KEY));
    expect(await isDatabaseReady({ databaseUrl, demoWanted: false })).toBe(true);
    expect(await isDatabaseReady({ databaseUrl, demoWanted: true })).toBe(false);
    await seedDemoTeam(database.db, createAuth(database.db, provider, await readAuthSecret(database.db)));
    expect(await isDatabaseReady({ databaseUrl, demoWanted: true })).toBe(true);
  });

  it("is not ready when a demo account is missing, or a migration is pending or changed", async () => {
    const databaseUrl = urlOf(database);
    expect(await isDatabaseReady({ databaseUrl, demoWanted: true })).toBe(true);

    const pending = join(scratch, "pending");
    cpSync(MIGRATIONS_DIR, pending, { recursive: true });
    mkdirSync(join(pending, "29991231235959_add_probe"));
    writeFileSync(join(pending, "29991231235959_add_probe", `${provider}.sql`), 'CREATE TABLE "Probe" ("id" TEXT);');
    expect(await isDatabaseReady({ databaseUrl, demoWanted: true, migrationsDir: pending })).toBe(false);
    const changed = join(scratch, "changed");
    cpSync(MIGRATIONS_DIR, changed, { recursive: true });
    const [first] = readdirSync(changed).filter((name) => /^\d{14}_/.test(name)).sort();
    appendFileSync(join(changed, first!, `${provider}.sql`), "\n-- edited after the fact\n");
    expect(await isDatabaseReady({ databaseUrl, demoWanted: true, migrationsDir: changed })).toBe(false);

    const user = await database.db.user.findUniqueOrThrow({ where: { email: DEMO_EMAILS[3]! } });
    await database.db.user.delete({ where: { id: user.id } });
    expect(await isDatabaseReady({ databaseUrl, demoWanted: true })).toBe(false);
    expect(await isDatabaseReady({ databaseUrl, demoWanted: false })).toBe(true);
  });

  it.runIf(provider === "sqlite")("is not ready when the SQLite file does not exist yet", async () => {
    expect(await isDatabaseReady({ databaseUrl: `file:${join(scratch, "missing.db")}`, demoWanted: false })).toBe(false);
  });
});
