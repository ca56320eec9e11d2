import { randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBackupWriter } from "../../backup/backup-file";
import { BACKUP_FORMAT, BackupFileError, modelColumns, RestoreRefusedError } from "../../backup/backup-format";
import { schemaModels } from "../../backup/schema-models";
import type { TDatabaseConfig } from "../../db/database-config";
import { migrateDatabase, MIGRATIONS_DIR } from "../../db/migrate-database";
import { createPrismaClient } from "../../db/prisma-client";
import { BASRA_SEED_KEY, readSeedBoard } from "../../seed/read-seed-board";
import { databaseFingerprint, type TDatabaseFingerprint } from "../../testing/database-fingerprint";
import { postgresAdminQuery, postgresUrlFor } from "../../testing/postgres-admin";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase, type TTestProvider } from "../../testing/test-databases";
import { importSeedBoard } from "../seed/import-seed-board";
import { backUpInstall } from "./back-up-install";
import { readAppliedMigrations } from "./read-install-rows";
import { restoreInstall } from "./restore-install";

const scratch = mkdtempSync(join(tmpdir(), "claimgraph-restore-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let fileCount = 0;
const scratchFile = (name = "backup.gz") => join(scratch, `${++fileCount}-${name}`);

/** The backup's JSON lines, for editing. */
const readLines = (file: string) => gunzipSync(readFileSync(file)).toString("utf8").split("\n").filter(Boolean);
const writeLines = (lines: string[]) => {
  const file = scratchFile();
  writeFileSync(file, gzipSync(`${lines.join("\n")}\n`));
  return file;
};

/** A database migrated with the given migrations (none: not migrated at all), outside the usual test helper. */
async function createDatabaseAt(provider: TTestProvider, migrationsDir: string | null): Promise<{ config: TDatabaseConfig; drop(): Promise<void> }> {
  if (provider === "sqlite") {
    const config: TDatabaseConfig = { provider: "sqlite", file: join(mkdtempSync(join(scratch, "db-")), "target.db") };
    if (migrationsDir) await migrateDatabase(config, migrationsDir);
    return { config, drop: async () => {} };
  }
  const name = `claimgraph_test_${randomBytes(6).toString("hex")}`;
  await postgresAdminQuery(`CREATE DATABASE ${name}`);
  const config: TDatabaseConfig = { provider: "postgresql", url: postgresUrlFor(name) };
  if (migrationsDir) await migrateDatabase(config, migrationsDir);
  return { config, drop: () => postgresAdminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

describe.each(TEST_PROVIDERS)("restore refusals on %s", (provider) => {
  let source: TTestDatabase;
  let target: TTestDatabase;
  let emptyFingerprint: TDatabaseFingerprint;
  let backup: string;
  beforeAll(async () => {
    source = await createTestDatabase(provider);
    await importSeedBoard(source.db, readSeedBoard(BASRA_SEED_KEY));
    backup = scratchFile();
    await backUpInstall(source.config, backup);
    target = await createTestDatabase(provider);
    emptyFingerprint = await databaseFingerprint(target.db);
  });
  afterAll(async () => {
    await source?.drop();
    await target?.drop();
  });

  /** The restore is refused with a message matching `message`, and the target is exactly as it was. */
  const expectRefused = async (file: string, errorType: typeof BackupFileError | typeof RestoreRefusedError | typeof Error, message: RegExp) => {
    const before = await databaseFingerprint(target.db);
    const failure = await restoreInstall(target.config, file).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(errorType);
    expect((failure as Error).message).toMatch(message);
    expect(await databaseFingerprint(target.db)).toEqual(before);
  };

  it("refuses a file cut short, mid-stream or at a line, and a damaged one", async () => {
    const bytes = readFileSync(backup);
    const halfFile = scratchFile();
    writeFileSync(halfFile, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expectRefused(halfFile, BackupFileError, /is not a complete Claimgraph backup/);

    const lines = readLines(backup);
    await expectRefused(writeLines(lines.slice(0, -1)), BackupFileError, /ends before its end line: the backup is truncated/);
    await expectRefused(writeLines([...lines.slice(0, 3), ...lines.slice(4)]), BackupFileError, /checksum does not match/);

    const damaged = Buffer.from(bytes);
    for (let i = 100; i < 120; i++) damaged[i] = damaged[i]! ^ 0xff;
    const damagedFile = scratchFile();
    writeFileSync(damagedFile, damaged);
    await expectRefused(damagedFile, BackupFileError, /is not a complete Claimgraph backup|checksum|not JSON|does not fit/);
    expect(await databaseFingerprint(target.db)).toEqual(emptyFingerprint);
  });

  it("refuses an edited row, a row that does not fit its table, and what is not a backup at all", async () => {
    const lines = readLines(backup);
    const article = lines.findIndex((line) => line.startsWith('{"m":"Article"'));
    const edited = [...lines];
    edited[article] = edited[article]!.replace("Basra", "Basrah");
    await expectRefused(writeLines(edited), BackupFileError, /checksum does not match: the file was changed or damaged/);

    const misfit = [...lines];
    misfit[article] = JSON.stringify({ m: "Article", r: [1, 2, 3] });
    await expectRefused(writeLines(misfit), BackupFileError, /a row of Article does not fit its columns/);

    const textFile = scratchFile("notes.txt");
    writeFileSync(textFile, "just some notes\n");
    await expectRefused(textFile, BackupFileError, /is not a complete Claimgraph backup/);
    await expectRefused(writeLines(['{"format":"claimgraph.board.v1"}']), BackupFileError, /not a claimgraph\.backup\.v1 backup header/);
    await expectRefused(writeLines(["[1, 2"]), BackupFileError, /not a Claimgraph backup \(the first line is not JSON\)/);
    await expectRefused(join(scratch, "missing.gz"), BackupFileError, /There is no backup file/);
  });

  it("refuses a target that is not empty, naming what is in it", async () => {
    const filled = await createTestDatabase(provider);
    try {
      await importSeedBoard(filled.db, readSeedBoard(BASRA_SEED_KEY));
      const before = await databaseFingerprint(filled.db);
      await expect(restoreInstall(filled.config, backup)).rejects.toThrow(RestoreRefusedError);
      await expect(restoreInstall(filled.config, backup)).rejects.toThrow(/The target database is not empty: Workspace \(1 row\), Board \(1 row\), Article \(1 row\), Claim \(\d+ rows\)/);
      expect(await databaseFingerprint(filled.db)).toEqual(before);
    } finally {
      await filled.drop();
    }
  });

  it("refuses a target that is not migrated, or migrated to another level", async () => {
    const blank = await createDatabaseAt(provider, null);
    const older = scratchFile("migrations");
    cpSync(MIGRATIONS_DIR, older, { recursive: true });
    const newest = readdirSync(older).sort().at(-1)!;
    rmSync(join(older, newest), { recursive: true });
    const behind = await createDatabaseAt(provider, older);
    try {
      await expect(restoreInstall(blank.config, backup)).rejects.toThrow(
        provider === "sqlite" ? /There is no database at .*target\.db\. Create it with `npm run db:migrate`/ : /The target database is not migrated\. Run `npm run db:migrate`/,
      );
      await expect(restoreInstall(behind.config, backup)).rejects.toThrow(
        new RegExp(`different migration level than the backup: the target lacks ${newest}`),
      );
      const db = createPrismaClient(behind.config);
      try {
        expect(await readAppliedMigrations(db, provider)).not.toContain(newest);
        const [{ n }] = await db.$queryRawUnsafe<[{ n: bigint | number }]>('SELECT count(*) AS n FROM "Board"');
        expect(Number(n)).toBe(0);
      } finally {
        await db.$disconnect();
      }
      if (blank.config.provider === "sqlite") expect(existsSync(blank.config.file)).toBe(false);
      else {
        const blankDb = createPrismaClient(blank.config);
        try {
          expect(await readAppliedMigrations(blankDb, provider)).toBeNull();
        } finally {
          await blankDb.$disconnect();
        }
      }
    } finally {
      await blank.drop();
      await behind.drop();
    }
  });

  it("rolls everything back when an insert fails part-way, so nothing is half restored", async () => {
    const file = scratchFile();
    const models = schemaModels();
    const migrations = (await readAppliedMigrations(source.db, provider))!;
    const writer = await createBackupWriter(file, {
      format: BACKUP_FORMAT,
      createdAt: new Date().toISOString(),
      provider,
      migrations,
      models: modelColumns(models),
    });
    // A sound workspace and board go in first; then two settings with one key break the restore.
    await writer.writeRow("Workspace", ["w1", "w", "Newsroom", null, "2026-01-01T00:00:00.000Z"]);
    await writer.writeRow("Board", ["b1", "w1", null, "Board", "", "private", "TB", false, 0, 1, null, null, "2026-01-01T00:00:00.000Z", "2026-01-01T00:00:00.000Z"]);
    await writer.writeRow("Setting", ["auth.secret", "one"]);
    await writer.writeRow("Setting", ["auth.secret", "two"]);
    await writer.finish();
    await expectRefused(file, Error, /Unique constraint|unique/i);
    expect(await databaseFingerprint(target.db)).toEqual(emptyFingerprint);
  });

  it.runIf(provider === "postgresql")("refuses, before writing, text PostgreSQL cannot store (a NUL character SQLite kept)", async () => {
    const file = scratchFile();
    const writer = await createBackupWriter(file, {
      format: BACKUP_FORMAT,
      createdAt: new Date().toISOString(),
      provider: "sqlite",
      migrations: (await readAppliedMigrations(source.db, provider))!,
      models: modelColumns(schemaModels()),
    });
    await writer.writeRow("Setting", ["note", "before\u0000after"]);
    await writer.finish();
    await expectRefused(file, RestoreRefusedError, /Setting note has a NUL character in value, which PostgreSQL cannot store/);
  });
});
