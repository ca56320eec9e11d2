import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../testing/test-databases";
import { migrateDatabase, MIGRATIONS_DIR } from "./migrate-database";

const committed = readdirSync(MIGRATIONS_DIR).filter((name) => /^\d{14}_/.test(name)).sort();

describe.each(TEST_PROVIDERS)("migration runner on %s", (provider) => {
  let database: TTestDatabase | undefined;
  const scratchDirs: string[] = [];
  afterEach(async () => {
    await database?.drop();
    database = undefined;
    for (const dir of scratchDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  const copyOfMigrations = () => {
    const dir = mkdtempSync(join(tmpdir(), "claimgraph-migrations-"));
    scratchDirs.push(dir);
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    return dir;
  };

  it("has applied every committed migration to a new database, and a second run applies none", async () => {
    database = await createTestDatabase(provider);
    expect(committed.length).toBeGreaterThan(0);
    expect(await migrateDatabase(database.config)).toEqual([]);
    // The tables exist and are usable through Prisma.
    expect(await database.db.board.count()).toBe(0);
  });

  it("applies a new migration once, in order", async () => {
    database = await createTestDatabase(provider);
    const dir = copyOfMigrations();
    const name = "29991231235959_add_probe";
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, `${provider}.sql`), 'CREATE TABLE "Probe" ("id" TEXT NOT NULL PRIMARY KEY);');
    expect(await migrateDatabase(database.config, dir)).toEqual([name]);
    expect(await migrateDatabase(database.config, dir)).toEqual([]);
  });

  it("refuses to run when an applied migration was edited", async () => {
    database = await createTestDatabase(provider);
    const dir = copyOfMigrations();
    appendFileSync(join(dir, committed[0]!, `${provider}.sql`), "\n-- edited after the fact\n");
    await expect(migrateDatabase(database.config, dir)).rejects.toThrow(/was changed after it was applied/);
  });

  it("rolls back a failing migration completely", async () => {
    database = await createTestDatabase(provider);
    const dir = copyOfMigrations();
    const name = "29991231235959_broken";
    mkdirSync(join(dir, name));
    writeFileSync(
      join(dir, name, `${provider}.sql`),
      'CREATE TABLE "HalfDone" ("id" TEXT NOT NULL PRIMARY KEY);\nTHIS IS NOT SQL;',
    );
    await expect(migrateDatabase(database.config, dir)).rejects.toThrow();
    const tables =
      provider === "sqlite"
        ? await database.db.$queryRawUnsafe<{ name: string }[]>("SELECT name FROM sqlite_master WHERE name = 'HalfDone'")
        : await database.db.$queryRawUnsafe<{ name: string }[]>("SELECT tablename::text AS name FROM pg_tables WHERE tablename = 'HalfDone'");
    expect(tables).toEqual([]);
  });

  // Several app instances share one PostgreSQL database; SQLite is one process's file.
  it.runIf(provider === "postgresql")("lets several instances start at once without applying anything twice", async () => {
    database = await createTestDatabase(provider);
    const dir = copyOfMigrations();
    const name = "29991231235959_add_probe";
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, `${provider}.sql`), 'CREATE TABLE "Probe" ("id" TEXT NOT NULL PRIMARY KEY);');
    const results = await Promise.all([1, 2, 3].map(() => migrateDatabase(database!.config, dir)));
    expect(results.flat()).toEqual([name]);
  });
});
