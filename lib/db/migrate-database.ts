import { join } from "node:path";
import type { TDatabaseConfig } from "./database-config";
import { applyMigrations, readMigrations } from "./migrations";
import { openPostgresMigrationTarget, openSqliteMigrationTarget } from "./migration-targets";

export const MIGRATIONS_DIR = join(process.cwd(), "prisma", "migrations");

/** Applies every pending committed migration; returns the names applied now. */
export async function migrateDatabase(config: TDatabaseConfig, migrationsDir = MIGRATIONS_DIR): Promise<string[]> {
  const migrations = readMigrations(migrationsDir, config.provider);
  if (config.provider === "sqlite") {
    const target = openSqliteMigrationTarget(config.file);
    try {
      return await applyMigrations(target, migrations);
    } finally {
      target.close();
    }
  }
  const target = await openPostgresMigrationTarget(config.url);
  try {
    return await applyMigrations(target, migrations);
  } finally {
    await target.close();
  }
}
