// Applies the committed migrations in prisma/migrations. Prisma 6.19's own
// `migrate deploy` needs a native engine for PostgreSQL that cannot be
// downloaded here, so this small runner applies the SQL that
// `npm run db:migration` wrote with `prisma migrate diff`.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export type TMigration = { name: string; sql: string; checksum: string };
export type TMigrationProvider = "sqlite" | "postgresql";

/** The runner's view of a database: statements, queries and a lock. */
export interface TMigrationTarget {
  provider: TMigrationProvider;
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs fn inside a transaction; PostgreSQL and SQLite both roll DDL back. */
  transaction(fn: () => Promise<void>): Promise<void>;
  /** Serialises concurrent runners (several app instances starting at once). */
  withLock<T>(fn: () => Promise<T>): Promise<T>;
}

export const MIGRATIONS_TABLE = "_claimgraph_migrations";

export function readMigrations(migrationsDir: string, provider: TMigrationProvider): TMigration[] {
  if (!existsSync(migrationsDir)) return [];
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^\d{14}_[a-z0-9_]+$/.test(entry.name))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(migrationsDir, name, `${provider}.sql`), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

export async function applyMigrations(target: TMigrationTarget, migrations: TMigration[]): Promise<string[]> {
  return target.withLock(async () => {
    await target.exec(
      `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)`,
    );
    const applied = new Map(
      (await target.query<{ name: string; checksum: string }>(`SELECT name, checksum FROM ${MIGRATIONS_TABLE}`)).map(
        (row) => [row.name, row.checksum],
      ),
    );
    for (const [name] of applied) {
      if (!migrations.some((migration) => migration.name === name)) {
        throw new Error(`The database has migration ${name}, which this version of Claimgraph does not know. Is it older than the database?`);
      }
    }
    const newlyApplied: string[] = [];
    for (const migration of migrations) {
      const checksum = applied.get(migration.name);
      if (checksum !== undefined) {
        if (checksum !== migration.checksum) {
          throw new Error(`Migration ${migration.name} was changed after it was applied. Committed migrations must not be edited; add a new one.`);
        }
        continue;
      }
      await target.transaction(async () => {
        await target.exec(migration.sql);
        await target.query(
          `INSERT INTO ${MIGRATIONS_TABLE} (name, checksum, applied_at) VALUES (${target.provider === "postgresql" ? "$1, $2, $3" : "?, ?, ?"})`,
          [migration.name, migration.checksum, new Date().toISOString()],
        );
      });
      newlyApplied.push(migration.name);
    }
    return newlyApplied;
  });
}
