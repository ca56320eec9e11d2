import type { TDatabaseConfig } from "./database-config";

// Which database an interactive transaction's client talks to, for the few statements written per database inside
// one (a row lock PostgreSQL has and SQLite has no need of). Recorded as each transaction starts (prisma-client.ts).
const providerByTransaction = new WeakMap<object, TDatabaseConfig["provider"]>();

export function rememberTransactionProvider(tx: object, provider: TDatabaseConfig["provider"]): void {
  providerByTransaction.set(tx, provider);
}

/** The transaction's database; null for a transaction of a client made elsewhere (a test double). */
export function transactionProvider(tx: object): TDatabaseConfig["provider"] | null {
  return providerByTransaction.get(tx) ?? null;
}
