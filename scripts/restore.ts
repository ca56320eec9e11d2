// `npm run restore -- <file>`: a backup into the empty database at DATABASE_URL,
// which `npm run db:migrate` has just created. All or nothing: a refused or
// failed restore leaves the database as it was.
import { restoreInstall } from "../lib/data/backup/restore-install";
import { readDatabaseConfig } from "../lib/db/database-config";
import { describeBackupRows } from "../lib/backup/describe-backup-rows";

const file = process.argv.slice(2).find((arg) => !arg.startsWith("-"));
if (!file) {
  console.error("Usage: npm run restore -- <backup file>   (into the empty, migrated database at DATABASE_URL)");
  process.exit(2);
}
const config = readDatabaseConfig(process.env.DATABASE_URL);
try {
  const result = await restoreInstall(config, file);
  const into = config.provider === "sqlite" ? `SQLite ${config.file}` : "PostgreSQL";
  console.log(`Restored ${file} (taken on ${result.from}) into ${into}:`);
  console.log(describeBackupRows(result.rows));
} catch (error) {
  console.error(`Restore refused, nothing was written: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
