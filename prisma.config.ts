// Prisma CLI configuration. The JavaScript schema engine ("js") runs offline;
// the classic one would need a native binary that cannot be downloaded here.
// Used by `npm run db:migration` (prisma migrate diff) for either provider.
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

const provider = process.env.CLAIMGRAPH_PRISMA_PROVIDER === "postgresql" ? "postgresql" : "sqlite";

export default defineConfig({
  schema: provider === "postgresql" ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma",
  experimental: { adapter: true },
  engine: "js",
  adapter: async () =>
    provider === "postgresql"
      ? new PrismaPg({ connectionString: process.env.DATABASE_URL ?? "postgresql://127.0.0.1:5432/postgres" })
      : new PrismaBetterSQLite3({ url: ":memory:" }),
});
