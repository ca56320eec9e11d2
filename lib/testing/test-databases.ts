// Fresh, migrated databases for integration tests: SQLite always, PostgreSQL
// when TEST_DATABASE_URL points at a server (each test database is created
// there under a random name and dropped afterwards). Each is a copy of the
// run's migrated template (test-database-templates.ts).
import { randomBytes } from "node:crypto";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import type { TDatabaseConfig } from "../db/database-config";
import { createPrismaClient, type TPrismaClient } from "../db/prisma-client";
import { postgresAdminQuery, postgresUrlFor } from "./postgres-admin";

export type TTestProvider = "sqlite" | "postgresql";

export const TEST_PROVIDERS: TTestProvider[] = process.env.TEST_DATABASE_URL ? ["sqlite", "postgresql"] : ["sqlite"];

export type TTestDatabase = { config: TDatabaseConfig; db: TPrismaClient; drop(): Promise<void> };

/** An empty database, migrated; with `db` connected. */
export async function createTestDatabase(provider: TTestProvider): Promise<TTestDatabase> {
  const templates = inject("testDatabaseTemplates");
  if (provider === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "claimgraph-test-"));
    const config: TDatabaseConfig = { provider: "sqlite", file: join(dir, "test.db") };
    // The template was closed after migrating, so its whole state is in this one file.
    copyFileSync(templates.sqliteFile, config.file);
    const db = createPrismaClient(config);
    return {
      config,
      db,
      async drop() {
        await db.$disconnect();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `claimgraph_test_${randomBytes(6).toString("hex")}`;
  await postgresAdminQuery(`CREATE DATABASE ${name} TEMPLATE ${templates.postgresDatabase}`);
  const config: TDatabaseConfig = { provider: "postgresql", url: postgresUrlFor(name) };
  const db = createPrismaClient(config);
  return {
    config,
    db,
    async drop() {
      await db.$disconnect();
      await postgresAdminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
