import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { withAfterCommit } from "./after-commit";
import { readDatabaseConfig, type TDatabaseConfig } from "./database-config";
import { PrismaClient as PostgresPrismaClient } from "./generated/postgresql/client";
import { PrismaClient as SqlitePrismaClient, type Prisma } from "./generated/sqlite/client";

// Both generated clients come from one data model, so they share one shape;
// the SQLite client's types stand for both.
export type TPrismaClient = SqlitePrismaClient;
/** The client or a transaction's client: what helpers that run inside a transaction take. */
export type TDbClient = Prisma.TransactionClient;
export type { Prisma };

/** A client whose transactions run their after-commit work (live-update wakes) once committed. */
export function createPrismaClient(config: TDatabaseConfig): TPrismaClient {
  if (config.provider === "sqlite") {
    if (config.file !== ":memory:") mkdirSync(dirname(config.file), { recursive: true });
    return withAfterCommit(new SqlitePrismaClient({ adapter: new PrismaBetterSQLite3({ url: config.file, timeout: 10_000 }) }));
  }
  const client = new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: config.url, max: 10 }) });
  return withAfterCommit(client as unknown as TPrismaClient);
}

const globalForPrisma = globalThis as unknown as { claimgraphPrisma?: TPrismaClient };

/** The process-wide client for DATABASE_URL (kept across dev-server reloads). */
export function getPrisma(): TPrismaClient {
  globalForPrisma.claimgraphPrisma ??= createPrismaClient(readDatabaseConfig(process.env.DATABASE_URL));
  return globalForPrisma.claimgraphPrisma;
}
