import "server-only";
// Bulk inserts for an import, as one INSERT … SELECT over a single JSON parameter. createMany costs Prisma a
// compile of the whole batch, every value included, in one synchronous call (profiled: about 90% of a 45,000-row
// import's CPU, and seconds without yielding); here Prisma sees three parameters and the database unpacks the rows.
import type { TDbClient } from "../../db/prisma-client";

export type TDatabaseProvider = "sqlite" | "postgresql";
type TColumnType = "text" | "integer" | "double precision" | "boolean";

/** Every key of every member of a union (keyof a union gives only the shared ones). */
type TKeysOfEvery<TRow> = TRow extends unknown ? keyof TRow : never;

/** A table's columns as the rows carry them (every key, so a new field can't be dropped silently); a key a row lacks is NULL. */
export type TJsonInsertTable<TRow> = {
  table: string;
  columns: { [K in TKeysOfEvery<TRow>]-?: TColumnType };
  /** Set to the same moment for every row, as Prisma's @default(now()) and @updatedAt would. */
  timestamps: readonly ("createdAt" | "updatedAt")[];
};

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

function insertSql<TRow>({ table, columns, timestamps }: TJsonInsertTable<TRow>, provider: TDatabaseProvider): string {
  // Parameters: the moment once per timestamp column (SQLite, in order) or once ($1, if any), then the rows' JSON.
  const names = Object.keys(columns);
  const target = [...names, ...timestamps].map(quoted).join(", ");
  if (provider === "sqlite") {
    // ->> gives SQL values: text, integer, real, and JSON true/false as 1/0, as Prisma stores booleans.
    const values = names.map((name) => `value ->> '$.${name}'`);
    return `INSERT INTO ${quoted(table)} (${target}) SELECT ${[...values, ...timestamps.map(() => "?")].join(", ")} FROM json_each(?)`;
  }
  const record = Object.entries(columns as Record<string, TColumnType>)
    .map(([name, type]) => `${quoted(name)} ${type}`)
    .join(", ");
  const values = names.map((name) => `r.${quoted(name)}`);
  const rowsParam = timestamps.length ? "$2" : "$1";
  return `INSERT INTO ${quoted(table)} (${target}) SELECT ${[...values, ...timestamps.map(() => "$1::timestamp(3)")].join(", ")} FROM json_to_recordset(${rowsParam}::json) AS r(${record})`;
}

/** Inserts `rows` into the table; answers how many were inserted. */
export function insertRowsAsJson<TRow>(
  tx: TDbClient,
  provider: TDatabaseProvider,
  spec: TJsonInsertTable<TRow>,
  rows: readonly TRow[],
  now: Date,
): Promise<number> {
  const moments = provider === "sqlite" ? spec.timestamps.map(() => now) : spec.timestamps.length ? [now] : [];
  return tx.$executeRawUnsafe(insertSql(spec, provider), ...moments, JSON.stringify(rows));
}
