import "server-only";
// `npm run restore`: a backup file into an empty database migrated to the same
// level, SQLite or PostgreSQL whichever the backup came from. The file is read
// and checked in full first; then every row goes in inside one transaction, in
// foreign-key order (activity log entries are inserts, which its append-only
// triggers allow), so a restore either completes or leaves the target as it was.
// The operator running this has the database itself, so there is no actor to authorize.
import { existsSync } from "node:fs";
import { readBackupFile } from "../../backup/backup-file";
import { describeMigrationDifferences, RestoreRefusedError, rowToPrismaData } from "../../backup/backup-format";
import { hasSelfReference, orderSelfReferences } from "../../backup/order-self-references";
import type { TPortableValue } from "../../backup/portable-value";
import { schemaModels, type TSchemaModel } from "../../backup/schema-models";
import type { TDatabaseConfig } from "../../db/database-config";
import { createPrismaClient, type TDbClient } from "../../db/prisma-client";
import { modelDelegate } from "../../db/model-delegate";
import { readAppliedMigrations } from "./read-install-rows";

export type TRestoreResult = { rows: Record<string, number>; migrations: string[]; from: "sqlite" | "postgresql" };

const BATCH_SIZE = 500;
const ONE_DAY_MS = 24 * 60 * 60 * 1000;

/** SQLite stores a NUL character in text; PostgreSQL can't, so a move would fail part-way: say which row instead. */
function refuseNulCharacters(model: TSchemaModel, row: TPortableValue[]) {
  model.fields.forEach((field, index) => {
    const value = row[index];
    if (typeof value === "string" && value.includes("\u0000")) {
      const key = model.primaryKey.map((name) => row[model.fields.findIndex((f) => f.name === name)]).join(", ");
      throw new RestoreRefusedError(`${model.name} ${key} has a NUL character in ${field.name}, which PostgreSQL cannot store. Remove it in the source install, back up again, and restore that.`);
    }
  });
}

async function nonEmptyTables(db: TDbClient, models: TSchemaModel[]): Promise<string[]> {
  const counts = await Promise.all(models.map(async (model) => [model.name, await modelDelegate(db, model).count()] as const));
  return counts.filter(([, count]) => count > 0).map(([name, count]) => `${name} (${count} ${count === 1 ? "row" : "rows"})`);
}

export async function restoreInstall(config: TDatabaseConfig, file: string): Promise<TRestoreResult> {
  const models = schemaModels();
  // Pass 1: the whole file must be sound, and fit the target, before the target is touched.
  const { header, end } = await readBackupFile(file, models, {
    onRow: config.provider === "postgresql" ? refuseNulCharacters : undefined,
  });

  if (config.provider === "sqlite" && !existsSync(config.file)) {
    throw new RestoreRefusedError(`There is no database at ${config.file}. Create it with \`npm run db:migrate\` (same DATABASE_URL) first.`);
  }
  const db = createPrismaClient(config);
  try {
    const applied = await readAppliedMigrations(db, config.provider);
    if (!applied?.length) {
      throw new RestoreRefusedError("The target database is not migrated. Run `npm run db:migrate` with the same DATABASE_URL first (not `npm start`, which would seed it).");
    }
    const differences = describeMigrationDifferences(header.migrations, applied);
    if (differences.length) {
      throw new RestoreRefusedError(`The target database is at a different migration level than the backup: ${differences.join("; ")}. Restore with the Claimgraph version that made the backup, into a database migrated by it.`);
    }
    const refuseIfNotEmpty = async (client: TDbClient) => {
      const filled = await nonEmptyTables(client, models);
      if (filled.length) throw new RestoreRefusedError(`The target database is not empty: ${filled.join(", ")}. Restore only into a new database.`);
    };
    await refuseIfNotEmpty(db);

    // Pass 2, in one transaction: insert in batches, in the file's (foreign-key) order.
    await db.$transaction(
      async (tx) => {
        await refuseIfNotEmpty(tx);
        let pending: { model: TSchemaModel; rows: TPortableValue[][] } | undefined;
        const flush = async () => {
          if (!pending?.rows.length) return;
          const { model } = pending;
          const rows = hasSelfReference(model) ? orderSelfReferences(model, pending.rows) : pending.rows;
          const delegate = modelDelegate(tx, model);
          for (let start = 0; start < rows.length; start += BATCH_SIZE) {
            await delegate.createMany({ data: rows.slice(start, start + BATCH_SIZE).map((row) => rowToPrismaData(model, row)) });
          }
          pending = undefined;
        };
        await readBackupFile(file, models, {
          async onRow(model, row) {
            if (pending && pending.model !== model) await flush();
            pending ??= { model, rows: [] };
            pending.rows.push(row);
            // A self-referencing model is inserted whole, so its rows can be put parents first.
            if (!hasSelfReference(model) && pending.rows.length >= BATCH_SIZE) await flush();
          },
        });
        await flush();
        for (const model of models) {
          const count = await modelDelegate(tx, model).count();
          if (count !== (end.rows[model.name] ?? 0)) throw new Error(`${model.name} has ${count} rows after the restore, not ${end.rows[model.name] ?? 0}; nothing was restored.`);
        }
      },
      { timeout: ONE_DAY_MS, maxWait: 60_000 },
    );
    return { rows: end.rows, migrations: header.migrations, from: header.provider };
  } finally {
    await db.$disconnect();
  }
}
