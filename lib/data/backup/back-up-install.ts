import "server-only";
// `npm run backup`: a consistent copy of a whole install in one portable file.
// SQLite: the online backup API copies the live database to a snapshot file
// (the app keeps running), which is then read out. PostgreSQL: every table is
// read in one REPEATABLE READ, READ ONLY transaction, so the file is one moment
// of the database; it needs only SELECT rights, as on managed PostgreSQL.
// The operator running this has the database itself, so there is no actor to authorize.
import Database from "better-sqlite3";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createBackupWriter } from "../../backup/backup-file";
import { BACKUP_FORMAT, modelColumns } from "../../backup/backup-format";
import { modelsInInsertOrder, schemaModels } from "../../backup/schema-models";
import type { TDatabaseConfig } from "../../db/database-config";
import { createPrismaClient, type TDbClient } from "../../db/prisma-client";
import { forEachModelRow, readAppliedMigrations } from "./read-install-rows";

export type TBackupResult = { file: string; rows: Record<string, number>; migrations: string[] };

// A long backup must not be cut short by Prisma's interactive-transaction timeout.
const ONE_DAY_MS = 24 * 60 * 60 * 1000;

async function writeInstall(db: TDbClient, provider: TDatabaseConfig["provider"], file: string): Promise<TBackupResult> {
  const migrations = await readAppliedMigrations(db, provider);
  if (!migrations?.length) throw new Error("This database has no Claimgraph tables (no migrations applied): there is nothing to back up.");
  const models = modelsInInsertOrder(schemaModels());
  const writer = await createBackupWriter(file, {
    format: BACKUP_FORMAT,
    createdAt: new Date().toISOString(),
    provider,
    migrations,
    models: modelColumns(models),
  });
  try {
    for (const model of models) await forEachModelRow(db, model, (row) => writer.writeRow(model.name, row));
    return { file, rows: await writer.finish(), migrations };
  } catch (error) {
    await writer.abort();
    throw error;
  }
}

export async function backUpInstall(config: TDatabaseConfig, file: string): Promise<TBackupResult> {
  if (existsSync(file)) throw new Error(`${file} already exists; choose a new file name (a backup never overwrites one).`);
  if (config.provider === "postgresql") {
    const db = createPrismaClient(config);
    try {
      return await db.$transaction(
        async (tx) => {
          await tx.$executeRawUnsafe("SET TRANSACTION READ ONLY");
          return writeInstall(tx, "postgresql", file);
        },
        // The client is PostgreSQL's; its type is the SQLite client's (see prisma-client.ts), which knows only Serializable.
        { isolationLevel: "RepeatableRead" as "Serializable", timeout: ONE_DAY_MS, maxWait: 60_000 },
      );
    } finally {
      await db.$disconnect();
    }
  }
  if (!existsSync(config.file)) throw new Error(`There is no SQLite database at ${config.file}.`);
  const dir = mkdtempSync(join(tmpdir(), "claimgraph-backup-"));
  try {
    const snapshot = join(dir, "snapshot.db");
    const source = new Database(config.file, { fileMustExist: true, timeout: 10_000 });
    try {
      // Copy the rest in one step after the first: a backup taken in many small steps starts
      // over whenever the app writes between them, and under steady writes might never finish.
      await source.backup(snapshot, { progress: ({ totalPages }) => Math.max(totalPages, 100) });
    } finally {
      source.close();
    }
    const db = createPrismaClient({ provider: "sqlite", file: snapshot });
    try {
      return await writeInstall(db, "sqlite", file);
    } finally {
      await db.$disconnect();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
