// Start-up: apply pending migrations, then seed the Basra board if (and only
// if) the database has no boards yet.
import { readDatabaseConfig } from "../lib/db/database-config";
import { migrateDatabase } from "../lib/db/migrate-database";
import { createPrismaClient } from "../lib/db/prisma-client";
import { countBoards } from "../lib/data/boards/count-boards";
import { importSeedBoard } from "../lib/data/seed/import-seed-board";
import { createAuth } from "../lib/data/auth/create-auth";
import { readAuthSecret } from "../lib/data/auth/read-auth-secret";
import { demoTeamWanted, seedDemoTeam } from "../lib/data/seed/seed-demo-team";
import { BASRA_SEED_KEY, readSeedBoard } from "../lib/seed/read-seed-board";

const config = readDatabaseConfig(process.env.DATABASE_URL);
const where = config.provider === "sqlite" ? config.file : "PostgreSQL";
const phase = (message: string) => console.log(`[db] ${message}`);
phase(`Migrating ${where}…`);
const applied = await migrateDatabase(config);
phase(applied.length ? `Applied ${applied.length} migrations: ${applied.join(", ")}` : `${where} has every migration.`);

if (process.argv.includes("--migrate-only")) process.exit(0);

const db = createPrismaClient(config);
try {
  const seedAlways = process.argv.includes("--seed");
  if (seedAlways || (await countBoards(db)) === 0) {
    phase("Seeding the Basra board…");
    const result = await importSeedBoard(db, readSeedBoard(BASRA_SEED_KEY));
    phase(result.created ? `Seeded the Basra board (${result.boardId}).` : "The Basra board is already seeded.");
  }
  if (demoTeamWanted()) {
    const auth = createAuth(db, config.provider, await readAuthSecret(db));
    const { created } = await seedDemoTeam(db, auth);
    if (created.length) phase(`Created demo accounts (password in the README): ${created.join(", ")}`);
  }
} finally {
  await db.$disconnect();
}
