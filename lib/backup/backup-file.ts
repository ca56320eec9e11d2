// Writing and reading the backup file (see backup-format.ts), streamed, so an
// install of any size passes through in bounded memory.
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream, existsSync, renameSync, rmSync } from "node:fs";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { finished } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import {
  BackupFileError,
  describeColumnDifferences,
  modelColumns,
  portableRowSchema,
  ZBackupEnd,
  ZBackupHeader,
  ZBackupRowLine,
  type TBackupEnd,
  type TBackupHeader,
  type TBackupRowLine,
} from "./backup-format";
import type { TPortableValue } from "./portable-value";
import type { TSchemaModel } from "./schema-models";

export type TBackupWriter = {
  writeRow(model: string, row: TPortableValue[]): Promise<void>;
  /** Writes the end line and moves the file into place; returns the row counts. */
  finish(): Promise<Record<string, number>>;
  /** Removes the unfinished file. */
  abort(): Promise<void>;
};

/** Writes to `<path>.partial` and renames it to `path` only when complete, so a failed backup never looks like one. */
export async function createBackupWriter(path: string, header: TBackupHeader): Promise<TBackupWriter> {
  const partial = `${path}.partial`;
  const file = createWriteStream(partial, { flags: "wx" });
  await once(file, "open");
  const gzip = createGzip();
  gzip.pipe(file);
  const hash = createHash("sha256");
  const rows: Record<string, number> = Object.fromEntries(Object.keys(header.models).map((model) => [model, 0]));
  const writeLine = async (text: string) => {
    hash.update(text).update("\n");
    if (!gzip.write(`${text}\n`)) await once(gzip, "drain");
  };
  await writeLine(JSON.stringify(ZBackupHeader.parse(header)));
  return {
    async writeRow(model, row) {
      rows[model] = (rows[model] ?? 0) + 1;
      await writeLine(JSON.stringify({ m: model, r: row } satisfies TBackupRowLine));
    },
    async finish() {
      const end: TBackupEnd = { end: true, rows, sha256: hash.digest("hex") };
      gzip.end(`${JSON.stringify(end)}\n`);
      await finished(file);
      renameSync(partial, path);
      return rows;
    },
    async abort() {
      gzip.destroy();
      file.destroy();
      rmSync(partial, { force: true });
    },
  };
}

export type TBackupReadHandlers = {
  onHeader?(header: TBackupHeader): Promise<void> | void;
  /** Each row, checked against its model's columns. */
  onRow?(model: TSchemaModel, row: TPortableValue[]): Promise<void> | void;
};

/**
 * Reads a backup from start to end, checking every line against `models` (the
 * current schema): the header's columns, each row's values, the row counts and
 * the checksum. Any problem is a BackupFileError saying what it is.
 */
export async function readBackupFile(
  path: string,
  models: TSchemaModel[],
  handlers: TBackupReadHandlers = {},
): Promise<{ header: TBackupHeader; end: TBackupEnd }> {
  if (!existsSync(path)) throw new BackupFileError(`There is no backup file at ${path}`);
  const byName = new Map(models.map((model) => [model.name, { model, schema: portableRowSchema(model) }]));
  const source = createReadStream(path);
  const gunzip = createGunzip();
  const streamFailure = new Promise<never>((_, reject) => {
    const fail = (error: Error) => reject(new BackupFileError(`${path} is not a complete Claimgraph backup (${error.message})`));
    source.on("error", fail);
    gunzip.on("error", fail);
  });
  streamFailure.catch(() => {});
  const lines = createInterface({ input: source.pipe(gunzip), crlfDelay: Infinity });
  const hash = createHash("sha256");
  const counts = new Map<string, number>();
  let header: TBackupHeader | undefined;
  let end: TBackupEnd | undefined;
  let lineNumber = 0;
  const problem = (message: string) => new BackupFileError(`${path}, line ${lineNumber}: ${message}`);

  const readAll = async () => {
    for await (const text of lines) {
      lineNumber += 1;
      if (end) throw problem("there is more after the end line");
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw problem(lineNumber === 1 ? "this is not a Claimgraph backup (the first line is not JSON)" : "the line is not JSON");
      }
      if (!header) {
        const parsed = ZBackupHeader.safeParse(json);
        if (!parsed.success) throw problem(`this is not a ${ZBackupHeader.shape.format.value} backup header`);
        header = parsed.data;
        const differences = describeColumnDifferences(header.models, modelColumns(models));
        if (differences.length) throw problem(`the backup's tables differ from this version's: ${differences.join("; ")}`);
        await handlers.onHeader?.(header);
      } else if (json && typeof json === "object" && "end" in json) {
        const parsed = ZBackupEnd.safeParse(json);
        if (!parsed.success) throw problem("the end line is malformed");
        end = parsed.data;
        if (end.sha256 !== hash.digest("hex")) throw problem("the checksum does not match: the file was changed or damaged");
        for (const model of models) {
          const expected = end.rows[model.name] ?? 0;
          if ((counts.get(model.name) ?? 0) !== expected) {
            throw problem(`${model.name} should have ${expected} rows but has ${counts.get(model.name) ?? 0}`);
          }
        }
        continue;
      } else {
        const parsed = ZBackupRowLine.safeParse(json);
        if (!parsed.success) throw problem("the line is not a row");
        const entry = byName.get(parsed.data.m);
        if (!entry) throw problem(`the row is for an unknown table ${parsed.data.m}`);
        const row = entry.schema.safeParse(parsed.data.r);
        if (!row.success) throw problem(`a row of ${entry.model.name} does not fit its columns (${row.error.issues[0]?.message ?? "invalid"})`);
        counts.set(entry.model.name, (counts.get(entry.model.name) ?? 0) + 1);
        await handlers.onRow?.(entry.model, row.data);
      }
      hash.update(text).update("\n");
    }
    if (!header) throw new BackupFileError(`${path} is empty`);
    if (!end) throw new BackupFileError(`${path} ends before its end line: the backup is truncated`);
    return { header, end };
  };
  try {
    return await Promise.race([readAll(), streamFailure]);
  } finally {
    lines.close();
    source.destroy();
  }
}
