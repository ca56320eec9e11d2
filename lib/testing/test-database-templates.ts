// Vitest's global setup for the integration tests: one migrated SQLite file and, with TEST_DATABASE_URL, one
// migrated PostgreSQL database per run, which createTestDatabase copies instead of migrating each test
// database from nothing (a PostgreSQL database took about a second of migrations, a SQLite file 0.3–0.7 s,
// for each of about 70 test databases per provider). Removed when the run ends.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDatabase } from "../db/migrate-database";
import { postgresAdminQuery, postgresUrlFor } from "./postgres-admin";

export type TTestDatabaseTemplates = { sqliteFile: string; postgresDatabase: string | null };

declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseTemplates: TTestDatabaseTemplates;
  }
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), "claimgraph-template-"));
  const sqliteFile = join(dir, "template.db");
  let postgresDatabase: string | null = null;
  const remove = async () => {
    rmSync(dir, { recursive: true, force: true });
    if (postgresDatabase) await postgresAdminQuery(`DROP DATABASE IF EXISTS ${postgresDatabase} WITH (FORCE)`);
  };
  try {
    await migrateDatabase({ provider: "sqlite", file: sqliteFile });
    if (process.env.TEST_DATABASE_URL) {
      postgresDatabase = `claimgraph_template_${randomBytes(6).toString("hex")}`;
      await postgresAdminQuery(`CREATE DATABASE ${postgresDatabase}`);
      await migrateDatabase({ provider: "postgresql", url: postgresUrlFor(postgresDatabase) });
    }
  } catch (error) {
    // Vitest runs no teardown for a setup that failed, so a half-made template would be left on the server.
    await remove().catch(() => undefined);
    throw error;
  }
  project.provide("testDatabaseTemplates", { sqliteFile, postgresDatabase });
  return remove;
}
