// Derives prisma/postgresql/schema.prisma from prisma/schema.prisma, the one
// data model. Only the provider and the generated client's folder differ.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const schemaPaths = {
  sqlite: join(root, "prisma/schema.prisma"),
  postgresql: join(root, "prisma/postgresql/schema.prisma"),
};

export function derivePostgresqlSchema(sqliteSchema) {
  const replaced = sqliteSchema
    .replace('output       = "../lib/db/generated/sqlite"', 'output       = "../../lib/db/generated/postgresql"')
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('url      = "file:./unused.db"', 'url      = "postgresql://unused"');
  if ((replaced.match(/postgresql/g) ?? []).length < 3) {
    throw new Error("prisma/schema.prisma no longer has the generator/datasource lines this script rewrites");
  }
  return "// GENERATED from prisma/schema.prisma by scripts/prisma-schemas.mjs. Do not edit.\n" + replaced;
}

export function writeDerivedSchemas() {
  const source = readFileSync(schemaPaths.sqlite, "utf8");
  mkdirSync(dirname(schemaPaths.postgresql), { recursive: true });
  writeFileSync(schemaPaths.postgresql, derivePostgresqlSchema(source));
  return schemaPaths;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeDerivedSchemas();
