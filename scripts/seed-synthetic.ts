// npm run seed:synthetic -- --claims 1000 [--evidence 1000] [--links 3000] [--relations 500] [--seed 1] [--locality 25]
// Migrates the DATABASE_URL database, then imports a generated board (once per
// combination of sizes and seed) and prints its id and address.
import { parseArgs } from "node:util";
import { importSeedBoard } from "../lib/data/seed/import-seed-board";
import { readDatabaseConfig } from "../lib/db/database-config";
import { migrateDatabase } from "../lib/db/migrate-database";
import { createPrismaClient } from "../lib/db/prisma-client";
import { generateSyntheticBoard } from "../lib/seed/synthetic-board";

const USAGE =
  "Usage: npm run seed:synthetic -- --claims N [--evidence N] [--links N] [--relations N] [--seed N] [--locality N|Infinity]";

function whole(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 0) {
    console.error(`--${name} must be a whole number of at least 0 (got ${raw}).\n${USAGE}`);
    process.exit(2);
  }
  return value;
}

const { values } = parseArgs({
  options: {
    claims: { type: "string" },
    evidence: { type: "string" },
    links: { type: "string" },
    relations: { type: "string" },
    seed: { type: "string" },
    locality: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
});
if (values.help || values.claims === undefined) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
}
const claims = whole("claims", values.claims, 0);
const evidence = whole("evidence", values.evidence, claims);
const links = whole("links", values.links, 3 * claims);
const relations = values.relations === undefined ? undefined : whole("relations", values.relations, 0);
const seed = whole("seed", values.seed, 1);
const locality = values.locality === undefined ? undefined : values.locality === "Infinity" ? Infinity : whole("locality", values.locality, 25);

let plan;
try {
  plan = generateSyntheticBoard({ claims, evidence, links, relations, seed, locality });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}

const config = readDatabaseConfig(process.env.DATABASE_URL);
const where = config.provider === "sqlite" ? config.file : "PostgreSQL";
const applied = await migrateDatabase(config);
if (applied.length) console.log(`Applied migrations to ${where}: ${applied.join(", ")}`);

const db = createPrismaClient(config);
try {
  const started = performance.now();
  const result = await importSeedBoard(db, plan);
  const ms = Math.round(performance.now() - started);
  console.log(
    result.created
      ? `Imported ${plan.seedKey} into ${where} in ${ms} ms: ${plan.claims.length} claims, ${plan.evidence.length} evidence, ${plan.links.length} links, ${plan.relations.length} relations.`
      : `${plan.seedKey} is already in ${where}.`,
  );
  console.log(`Board id: ${result.boardId}`);
  console.log(`Graph:    /boards/${result.boardId}/graph`);
} finally {
  await db.$disconnect();
}
