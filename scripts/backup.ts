// `npm run backup [-- <file>]`: a consistent backup of the whole install at
// DATABASE_URL (SQLite or PostgreSQL) into one file; the app may keep running.
// Default file: data/backups/claimgraph-<time>.backup.gz.
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { backUpInstall } from "../lib/data/backup/back-up-install";
import { readDatabaseConfig } from "../lib/db/database-config";
import { describeBackupRows } from "../lib/backup/describe-backup-rows";

const config = readDatabaseConfig(process.env.DATABASE_URL);
const file =
  process.argv.slice(2).find((arg) => !arg.startsWith("-")) ??
  join("data", "backups", `claimgraph-${new Date().toISOString().replace(/[:.]/g, "-")}.backup.gz`);
mkdirSync(dirname(file), { recursive: true });
try {
  const result = await backUpInstall(config, file);
  const from = config.provider === "sqlite" ? `SQLite ${config.file}` : "PostgreSQL";
  console.log(`Backed up ${from} (${result.migrations.length} migrations applied) to ${file}:`);
  console.log(describeBackupRows(result.rows));
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
