// Raw-driver adapters for the migration runner (it runs before Prisma connects).
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import pg from "pg";
import type { TMigrationTarget } from "./migrations";

export function openSqliteMigrationTarget(file: string): TMigrationTarget & { close(): void } {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  return {
    provider: "sqlite",
    async exec(sql) {
      db.exec(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      const statement = db.prepare(sql);
      return (statement.reader ? statement.all(...params) : (statement.run(...params), [])) as T[];
    },
    // One IMMEDIATE transaction around the whole run keeps a second process
    // out until this one is done; each migration is a savepoint inside it.
    async transaction(fn) {
      db.exec("SAVEPOINT claimgraph_migration");
      try {
        await fn();
        db.exec("RELEASE claimgraph_migration");
      } catch (error) {
        db.exec("ROLLBACK TO claimgraph_migration");
        db.exec("RELEASE claimgraph_migration");
        throw error;
      }
    },
    // Foreign keys are off for the run (SQLite ignores the pragma inside a
    // transaction): Prisma rebuilds a table by dropping it, and with them on
    // the drop would cascade-delete the rows that point at it. They are checked
    // before commit instead.
    async withLock(fn) {
      db.pragma("foreign_keys = OFF");
      db.exec("BEGIN IMMEDIATE");
      try {
        const result = await fn();
        const violations = db.pragma("foreign_key_check") as unknown[];
        if (violations.length > 0) {
          throw new Error(`Migration left ${violations.length} rows whose foreign keys point nowhere; nothing was applied.`);
        }
        db.exec("COMMIT");
        return result;
      } catch (error) {
        db.exec("ROLLBACK");
        throw error;
      } finally {
        db.pragma("foreign_keys = ON");
      }
    },
    close: () => db.close(),
  };
}

// Arbitrary constant shared by every Claimgraph instance on one database.
const MIGRATION_LOCK_KEY = 724_001;

export async function openPostgresMigrationTarget(url: string): Promise<TMigrationTarget & { close(): Promise<void> }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    provider: "postgresql",
    async exec(sql) {
      await client.query(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      return (await client.query(sql, params)).rows as T[];
    },
    async transaction(fn) {
      await client.query("BEGIN");
      try {
        await fn();
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    },
    async withLock(fn) {
      await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
      try {
        return await fn();
      } finally {
        await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
      }
    },
    close: () => client.end(),
  };
}
