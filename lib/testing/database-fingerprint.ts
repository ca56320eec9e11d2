// A fingerprint of every table's full contents, equal on SQLite and PostgreSQL
// for equal data: per model, its row count and a SHA-256 of its rows in
// primary-key order (compared by UTF-16 code unit in JavaScript, not by the
// database's collation), each value in its portable form (dates as ISO strings).
// Every model of prisma/schema.prisma is covered, so a new table is too.
import { createHash } from "node:crypto";
import { toPortableValue, type TPortableValue } from "../backup/portable-value";
import { schemaModels } from "../backup/schema-models";
import { modelDelegate } from "../db/model-delegate";
import type { TDbClient } from "../db/prisma-client";

export type TTableFingerprint = { rows: number; hash: string };
export type TDatabaseFingerprint = Record<string, TTableFingerprint>;

export async function databaseFingerprint(db: TDbClient): Promise<TDatabaseFingerprint> {
  const fingerprint: TDatabaseFingerprint = {};
  for (const model of schemaModels()) {
    const delegate = modelDelegate(db, model);
    const select = Object.fromEntries(model.fields.map((field) => [field.name, true as const]));
    const rows = (await delegate.findMany({ select })).map((row) =>
      model.fields.map((field) => toPortableValue(field.type, row[field.name])),
    );
    const keyIndexes = model.primaryKey.map((name) => model.fields.findIndex((field) => field.name === name));
    rows.sort((a, b) => {
      for (const index of keyIndexes) {
        const order = comparePortable(a[index]!, b[index]!);
        if (order !== 0) return order;
      }
      return 0;
    });
    const hash = createHash("sha256").update(JSON.stringify(model.fields.map((field) => field.name)));
    for (const row of rows) hash.update("\n").update(JSON.stringify(row));
    fingerprint[model.name] = { rows: rows.length, hash: hash.digest("hex") };
  }
  return fingerprint;
}

function comparePortable(a: TPortableValue, b: TPortableValue): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}
