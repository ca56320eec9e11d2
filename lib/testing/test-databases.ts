// Fresh, migrated databases for integration tests: SQLite always, PostgreSQL
// when TEST_DATABASE_URL points at a server (each test database is created
// there under a random name and dropped afterwards).
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { TDatabaseConfig } from "../db/database-config";
import { migrateDatabase } from "../db/migrate-database";
import { createPrismaClient, type TPrismaClient } from "../db/prisma-client";

export type TTestProvider = "sqlite" | "postgresql";

export const TEST_PROVIDERS: TTestProvider[] = process.env.TEST_DATABASE_URL ? ["sqlite", "postgresql"] : ["sqlite"];

export type TTestDatabase = { config: TDatabaseConfig; db: TPrismaClient; drop(): Promise<void> };

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** An empty database, migrated; with `db` connected. */
export async function createTestDatabase(provider: TTestProvider): Promise<TTestDatabase> {
  if (provider === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "claimgraph-test-"));
    const config: TDatabaseConfig = { provider: "sqlite", file: join(dir, "test.db") };
    await migrateDatabase(config);
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
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  const config: TDatabaseConfig = { provider: "postgresql", url: url.toString() };
  await migrateDatabase(config);
  const db = createPrismaClient(config);
  return {
    config,
    db,
    async drop() {
      await db.$disconnect();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
