import "server-only";
// Reads a whole install for a backup: the applied migrations and every row of
// every model, models in insert order, rows in primary-key order, a page at a
// time (keyset paging, so a large table costs one index walk, not one per page).
import { toPortableValue, type TPortableValue } from "../../backup/portable-value";
import type { TSchemaModel } from "../../backup/schema-models";
import { MIGRATIONS_TABLE } from "../../db/migrations";
import { modelDelegate } from "../../db/model-delegate";
import type { TDbClient } from "../../db/prisma-client";

const PAGE_SIZE = 1000;

/** The names of the migrations applied to the database, oldest first; null when it has no migrations table. */
export async function readAppliedMigrations(db: TDbClient, provider: "sqlite" | "postgresql"): Promise<string[] | null> {
  const exists =
    provider === "sqlite"
      ? await db.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '${MIGRATIONS_TABLE}'`)
      : await db.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '${MIGRATIONS_TABLE}'`);
  if (exists.length === 0) return null;
  const rows = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY name`);
  return rows.map((row) => row.name);
}

/** Rows after `last` in the order of the primary key (a, b, …): a > x, or a = x and b > y, … */
function afterKey(model: TSchemaModel, last: Record<string, unknown>): Record<string, unknown> {
  const [first, ...rest] = model.primaryKey;
  if (rest.length === 0) return { [first!]: { gt: last[first!] } };
  return {
    OR: model.primaryKey.map((name, index) => ({
      ...Object.fromEntries(model.primaryKey.slice(0, index).map((earlier) => [earlier, last[earlier]])),
      [name]: { gt: last[name] },
    })),
  };
}

export async function forEachModelRow(
  db: TDbClient,
  model: TSchemaModel,
  onRow: (row: TPortableValue[]) => Promise<void>,
): Promise<void> {
  const delegate = modelDelegate(db, model);
  const select = Object.fromEntries(model.fields.map((field) => [field.name, true as const]));
  const orderBy = model.primaryKey.map((name) => ({ [name]: "asc" as const }));
  let last: Record<string, unknown> | undefined;
  for (;;) {
    const page = await delegate.findMany({ select, orderBy, take: PAGE_SIZE, ...(last ? { where: afterKey(model, last) } : {}) });
    for (const row of page) await onRow(model.fields.map((field) => toPortableValue(field.type, row[field.name])));
    if (page.length < PAGE_SIZE) return;
    last = page.at(-1);
  }
}
