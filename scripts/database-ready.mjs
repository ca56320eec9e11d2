// A quick look, in plain Node, at whether `npm start` may skip preparing the
// database (scripts/db-prepare.ts through tsx takes seconds): every committed
// migration is applied unchanged, a board exists, and, when the demo team is
// wanted, its workspace and accounts exist. Anything else, or any doubt, is
// "not ready": then the full prepare runs, and does or reports what is needed.
// The rules mirror lib/db/migrations.ts and scripts/db-prepare.ts; a test keeps them in step.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const DEMO_WORKSPACE_SLUG = "demo";
export const DEMO_EMAILS = [
  "owner@demo.claimgraph.test",
  "editor@demo.claimgraph.test",
  "checker@demo.claimgraph.test",
  "viewer@demo.claimgraph.test",
];

/** The database DATABASE_URL names, as lib/db/database-config.ts reads it; null when it would refuse the URL. */
export function readDatabaseTarget(databaseUrl) {
  const url = databaseUrl?.trim();
  if (!url) return { provider: "sqlite", file: "data/claimgraph.db" };
  if (/^postgres(ql)?:\/\//i.test(url)) return { provider: "postgresql", url };
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length).replace(/^\/\/(?=\/)/, "");
    return file ? { provider: "sqlite", file } : null;
  }
  return null;
}

function committedMigrations(migrationsDir, provider) {
  if (!existsSync(migrationsDir)) return [];
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^\d{14}_[a-z0-9_]+$/.test(entry.name))
    .map((entry) => {
      const sql = readFileSync(join(migrationsDir, entry.name, `${provider}.sql`), "utf8");
      return { name: entry.name, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

async function ready(query, provider, { migrationsDir, demoWanted }) {
  const applied = await query("SELECT name, checksum FROM _claimgraph_migrations");
  const committed = committedMigrations(migrationsDir, provider);
  if (applied.length !== committed.length) return false;
  const appliedChecksums = new Map(applied.map((row) => [row.name, row.checksum]));
  if (!committed.every((migration) => appliedChecksums.get(migration.name) === migration.checksum)) return false;
  if ((await query('SELECT "id" FROM "Board" LIMIT 1')).length === 0) return false;
  if (!demoWanted) return true;
  if ((await query('SELECT "id" FROM "Workspace" WHERE "slug" = $1', [DEMO_WORKSPACE_SLUG])).length === 0) return false;
  const placeholders = DEMO_EMAILS.map((_, n) => `$${n + 1}`).join(", ");
  return (await query(`SELECT "id" FROM "User" WHERE "email" IN (${placeholders})`, DEMO_EMAILS)).length === DEMO_EMAILS.length;
}

/**
 * True when scripts/db-prepare.ts would change nothing. `demoWanted` as
 * demoTeamWanted() in lib/data/seed/seed-demo-team.ts decides it.
 */
export async function isDatabaseReady({
  databaseUrl = process.env.DATABASE_URL,
  migrationsDir = join(process.cwd(), "prisma", "migrations"),
  demoWanted = process.env.NODE_ENV !== "production" || process.env.CLAIMGRAPH_DEMO === "1",
} = {}) {
  const target = readDatabaseTarget(databaseUrl);
  if (!target) return false;
  try {
    if (target.provider === "sqlite") {
      if (target.file === ":memory:" || !existsSync(target.file)) return false;
      // Each driver is loaded only when it is the one in use: loading costs start-up time.
      const { default: Database } = await import("better-sqlite3");
      const db = new Database(target.file, { fileMustExist: true });
      try {
        // The queries number their parameters ($1, $2 …) in order, so plain ? serve SQLite.
        const query = async (sql, params = []) => db.prepare(sql.replace(/\$\d+/g, "?")).all(...params);
        return await ready(query, "sqlite", { migrationsDir, demoWanted });
      } finally {
        db.close();
      }
    }
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    try {
      const query = async (sql, params = []) => (await client.query(sql, params)).rows;
      return await ready(query, "postgresql", { migrationsDir, demoWanted });
    } finally {
      await client.end();
    }
  } catch {
    return false;
  }
}
