// Authors a new migration for both providers, offline:
//   npm run db:migration -- --name add_review_stage
// It diffs the schema snapshot of the latest migration against
// prisma/schema.prisma with `prisma migrate diff` (JS schema engine) and writes
// prisma/migrations/<timestamp>_<name>/{sqlite.sql,postgresql.sql,schema.prisma}.
// The PostgreSQL diff needs a reachable server: TEST_DATABASE_URL or
// DATABASE_URL, else postgresql://root@127.0.0.1:5432/test. It only reads.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs, promisify } from "node:util";
import { derivePostgresqlSchema, schemaPaths, writeDerivedSchemas } from "./prisma-schemas.mjs";

const { values } = parseArgs({ options: { name: { type: "string" }, check: { type: "boolean" } } });
const migrationsDir = join(process.cwd(), "prisma", "migrations");
const latest = existsSync(migrationsDir)
  ? readdirSync(migrationsDir).filter((name) => /^\d{14}_/.test(name)).sort().at(-1)
  : undefined;

writeDerivedSchemas();
const scratch = mkdtempSync(join(tmpdir(), "claimgraph-migration-"));
const postgresUrl = process.env.TEST_DATABASE_URL ?? (process.env.DATABASE_URL?.startsWith("postgres") ? process.env.DATABASE_URL : "postgresql://root@127.0.0.1:5432/test");

// Each diff is a separate Prisma CLI run (seconds each), so the two run side by side.
async function diff(provider) {
  let from = ["--from-empty"];
  if (latest) {
    const snapshot = readFileSync(join(migrationsDir, latest, "schema.prisma"), "utf8");
    const path = join(scratch, `${provider}-from.prisma`);
    writeFileSync(path, provider === "postgresql" ? derivePostgresqlSchema(snapshot) : snapshot);
    from = ["--from-schema-datamodel", path];
  }
  const to = provider === "postgresql" ? schemaPaths.postgresql : schemaPaths.sqlite;
  const { stdout, stderr } = await promisify(execFile)(
    process.execPath,
    ["node_modules/prisma/build/index.js", "migrate", "diff", ...from, "--to-schema-datamodel", to, "--script"],
    {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, CLAIMGRAPH_PRISMA_PROVIDER: provider, DATABASE_URL: provider === "postgresql" ? postgresUrl : "" },
    },
  );
  process.stderr.write(stderr);
  return stdout;
}

const isEmpty = (sql) => !sql.split("\n").some((line) => line.trim() && !line.startsWith("--"));
const [sqlite, postgresql] = await Promise.all([diff("sqlite"), diff("postgresql")]);

if (isEmpty(sqlite) && isEmpty(postgresql)) {
  console.log("prisma/schema.prisma matches the latest migration: nothing to write.");
  process.exit(0);
}
if (values.check) {
  console.error("prisma/schema.prisma has changes that no migration covers. Run: npm run db:migration -- --name <what_changed>");
  process.exit(1);
}
if (!values.name || !/^[a-z0-9_]+$/.test(values.name)) {
  console.error("Give the migration a name of lowercase letters, digits and underscores: npm run db:migration -- --name add_x");
  process.exit(1);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = join(migrationsDir, `${stamp}_${values.name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, "sqlite.sql"), sqlite);
writeFileSync(join(dir, "postgresql.sql"), postgresql);
writeFileSync(join(dir, "schema.prisma"), readFileSync(schemaPaths.sqlite, "utf8"));
console.log(`Wrote ${dir}`);
