import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { withAfterCommit } from "./after-commit";
import { DATABASE_LOCK_WAIT_MS } from "./database-busy";
import { readDatabaseConfig, type TDatabaseConfig } from "./database-config";
import { directSqlOf, shareConnection } from "./direct-sql";
import { createLockWaitingSqliteAdapter } from "./sqlite-lock-waiting-adapter";
import { rememberTransactionProvider } from "./transaction-provider";
import { PrismaClient as PostgresPrismaClient } from "./generated/postgresql/client";
import { PrismaClient as SqlitePrismaClient, type Prisma } from "./generated/sqlite/client";

// Both generated clients come from one data model, so they share one shape;
// the SQLite client's types stand for both.
export type TPrismaClient = SqlitePrismaClient;
/** The client or a transaction's client: what helpers that run inside a transaction take. */
export type TDbClient = Prisma.TransactionClient;
export type { Prisma };

export type TPrismaClientOptions = {
  /** How long a write waits for a lock another process or session holds before it fails as busy (503). */
  lockWaitMs?: number;
};

/** Which database a client made by createPrismaClient talks to, for the few statements written per database. */
export function databaseProvider(db: TPrismaClient): TDatabaseConfig["provider"] {
  const direct = directSqlOf(db);
  if (!direct) throw new Error("databaseProvider: this client was not made by createPrismaClient");
  return direct.provider;
}

/** A client whose transactions run their after-commit work (live-update wakes) once committed. */
export function createPrismaClient(config: TDatabaseConfig, { lockWaitMs = DATABASE_LOCK_WAIT_MS }: TPrismaClientOptions = {}): TPrismaClient {
  // A transaction may spend lockWaitMs waiting for its lock, at its start (SQLite) or
  // inside it (PostgreSQL), so Prisma's own limits must leave room for that wait.
  const transactionOptions = { maxWait: lockWaitMs + 2_000, timeout: lockWaitMs + 10_000 };
  const onTransaction = (tx: object) => rememberTransactionProvider(tx, config.provider);
  if (config.provider === "sqlite") {
    if (config.file !== ":memory:") mkdirSync(dirname(config.file), { recursive: true });
    const shared = shareConnection(createLockWaitingSqliteAdapter(config.file, lockWaitMs));
    const client = withAfterCommit(new SqlitePrismaClient({ adapter: shared.factory, transactionOptions }), onTransaction);
    shared.register(client);
    return client;
  }
  const shared = shareConnection(new PrismaPg({ connectionString: config.url, max: 10, lock_timeout: lockWaitMs }));
  const client = withAfterCommit(
    new PostgresPrismaClient({ adapter: shared.factory, transactionOptions }) as unknown as TPrismaClient,
    onTransaction,
  );
  shared.register(client);
  return client;
}

const globalForPrisma = globalThis as unknown as { claimgraphPrisma?: TPrismaClient };

/** The process-wide client for DATABASE_URL (kept across dev-server reloads). */
export function getPrisma(): TPrismaClient {
  globalForPrisma.claimgraphPrisma ??= createPrismaClient(readDatabaseConfig(process.env.DATABASE_URL));
  return globalForPrisma.claimgraphPrisma;
}
