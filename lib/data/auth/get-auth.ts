import "server-only";
import { readDatabaseConfig } from "../../db/database-config";
import { getPrisma } from "../../db/prisma-client";
import { createAuth, type TAuth } from "./create-auth";
import { readAuthSecret } from "./read-auth-secret";

const globalForAuth = globalThis as unknown as { claimgraphAuth?: Promise<TAuth> };

/** The process-wide Better Auth instance for DATABASE_URL. */
export function getAuth(): Promise<TAuth> {
  globalForAuth.claimgraphAuth ??= (async () => {
    const db = getPrisma();
    const { provider } = readDatabaseConfig(process.env.DATABASE_URL);
    return createAuth(db, provider, await readAuthSecret(db));
  })().catch((error: unknown) => {
    globalForAuth.claimgraphAuth = undefined;
    throw error;
  });
  return globalForAuth.claimgraphAuth;
}
