// The backup file: gzip-compressed JSON lines, readable by either database.
//   1. a header: the format, when and from which database, the migrations
//      applied there, and each model's columns in the order its rows list them;
//   2. one line per row, `{ "m": model, "r": [values…] }`, models in insert order
//      (a model after those its foreign keys point at);
//   3. an end line with each model's row count and a SHA-256 of every line above it,
//      so a truncated or edited file is refused before anything is restored.
import { z } from "zod";
import type { TPortableValue } from "./portable-value";
import type { TModelField, TSchemaModel } from "./schema-models";

export const BACKUP_FORMAT = "claimgraph.backup.v1";

export const ZBackupHeader = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  createdAt: z.iso.datetime(),
  provider: z.enum(["sqlite", "postgresql"]),
  migrations: z.array(z.string().min(1)),
  models: z.record(z.string(), z.array(z.string())),
});
export type TBackupHeader = z.infer<typeof ZBackupHeader>;

export const ZBackupRowLine = z.strictObject({
  m: z.string(),
  r: z.array(z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export type TBackupRowLine = z.infer<typeof ZBackupRowLine>;

export const ZBackupEnd = z.strictObject({
  end: z.literal(true),
  rows: z.record(z.string(), z.number().int().nonnegative()),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type TBackupEnd = z.infer<typeof ZBackupEnd>;

/** Why a backup file can't be restored: it says what is wrong, and nothing was written. */
export class BackupFileError extends Error {
  override name = "BackupFileError";
}

/** Why a restore into this database was refused before anything was written (not migrated, other migrations, not empty). */
export class RestoreRefusedError extends Error {
  override name = "RestoreRefusedError";
}

/** What differs between the migrations of the backup and of the target, in words (empty when they agree). */
export function describeMigrationDifferences(inBackup: string[], inTarget: string[]): string[] {
  const missing = inBackup.filter((name) => !inTarget.includes(name));
  const extra = inTarget.filter((name) => !inBackup.includes(name));
  return [
    ...(missing.length ? [`the target lacks ${missing.join(", ")}`] : []),
    ...(extra.length ? [`the backup was taken before ${extra.join(", ")}`] : []),
  ];
}

function portableFieldSchema(field: TModelField): z.ZodType<TPortableValue> {
  const base = (() => {
    switch (field.type) {
      case "String":
      case "Json":
        return z.string();
      case "Int":
        return z.number().int();
      case "BigInt":
        return z.string().regex(/^-?\d+$/, "a whole number written in decimal");
      case "Float":
        return z.number();
      case "Boolean":
        return z.boolean();
      case "DateTime":
        return z.iso.datetime();
    }
  })();
  return field.optional ? base.nullable() : base;
}

/** A zod tuple for one model's rows as the backup lists them. */
export function portableRowSchema(model: TSchemaModel) {
  return z.tuple(model.fields.map(portableFieldSchema) as [z.ZodType<TPortableValue>, ...z.ZodType<TPortableValue>[]]);
}

/** A row from the file as the Prisma client takes it (dates as Date, JSON parsed). */
export function rowToPrismaData(model: TSchemaModel, row: TPortableValue[]): Record<string, unknown> {
  return Object.fromEntries(
    model.fields.map((field, index) => {
      const value = row[index] ?? null;
      if (value === null) return [field.name, null];
      if (field.type === "DateTime") return [field.name, new Date(value as string)];
      if (field.type === "Json") return [field.name, JSON.parse(value as string)];
      if (field.type === "BigInt") return [field.name, BigInt(value as string)];
      return [field.name, value];
    }),
  );
}

/** The header's column lists for the current schema. */
export function modelColumns(models: TSchemaModel[]): Record<string, string[]> {
  return Object.fromEntries(models.map((model) => [model.name, model.fields.map((field) => field.name)]));
}

/** What differs between the columns a backup lists and the current schema's, in words (empty when they agree). */
export function describeColumnDifferences(inFile: Record<string, string[]>, current: Record<string, string[]>): string[] {
  const problems: string[] = [];
  for (const [model, columns] of Object.entries(current)) {
    const fileColumns = inFile[model];
    if (!fileColumns) problems.push(`the backup has no table ${model}`);
    else if (fileColumns.join() !== columns.join()) problems.push(`table ${model} has columns ${fileColumns.join(", ")} in the backup but ${columns.join(", ")} here`);
  }
  for (const model of Object.keys(inFile)) if (!(model in current)) problems.push(`the backup has a table ${model} that this version does not know`);
  return problems;
}
