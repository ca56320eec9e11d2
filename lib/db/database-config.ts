import { z } from "zod";

export type TDatabaseConfig =
  | { provider: "sqlite"; file: string }
  | { provider: "postgresql"; url: string };

export const DEFAULT_SQLITE_FILE = "data/claimgraph.db";

/**
 * DATABASE_URL picks the database: unset means the embedded SQLite file,
 * postgresql://… (or postgres://…) means PostgreSQL, file:… means another SQLite file.
 */
export function readDatabaseConfig(databaseUrl: string | undefined): TDatabaseConfig {
  const url = databaseUrl?.trim();
  if (!url) return { provider: "sqlite", file: DEFAULT_SQLITE_FILE };
  if (/^postgres(ql)?:\/\//i.test(url)) {
    const parsed = z.url().safeParse(url);
    if (!parsed.success) throw new Error("DATABASE_URL looks like PostgreSQL but is not a valid URL");
    return { provider: "postgresql", url };
  }
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length).replace(/^\/\/(?=\/)/, "");
    if (!file) throw new Error("DATABASE_URL=file: needs a path, e.g. file:./data/claimgraph.db");
    return { provider: "sqlite", file };
  }
  throw new Error("DATABASE_URL must start with postgresql:// or file: (or be unset for the embedded SQLite database)");
}
