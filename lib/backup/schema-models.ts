// The data model as the backup and the database fingerprint see it: every
// model with its scalar columns, primary key and foreign keys, read from
// prisma/schema.prisma so that a new model or column is covered without
// touching this code.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Prisma } from "../db/generated/sqlite/client";

export type TScalarType = "String" | "Int" | "BigInt" | "Float" | "Boolean" | "DateTime" | "Json";

export type TModelField = { name: string; type: TScalarType; optional: boolean };

export type TModelRelation = { model: string; fields: string[]; references: string[] };

export type TSchemaModel = {
  name: string;
  /** The Prisma client's delegate, e.g. `activityEntry` for ActivityEntry. */
  delegate: string;
  fields: TModelField[];
  primaryKey: string[];
  /** Foreign keys this model holds (relation fields with `fields: [...]`). */
  relations: TModelRelation[];
};

const SCALAR_TYPES = new Set<string>(["String", "Int", "BigInt", "Float", "Boolean", "DateTime", "Json"]);
const UNSUPPORTED_SCALARS = new Set<string>(["Decimal", "Bytes", "Unsupported"]);

/** Parses the models of a Prisma schema (the subset this project uses: no enums, no composite types). */
export function parseSchemaModels(schema: string): TSchemaModel[] {
  const models: TSchemaModel[] = [];
  const modelNames = new Set([...schema.matchAll(/^model\s+(\w+)\s*\{/gm)].map((match) => match[1]!));
  for (const match of schema.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)) {
    const name = match[1]!;
    const fields: TModelField[] = [];
    const relations: TModelRelation[] = [];
    let primaryKey: string[] = [];
    for (const rawLine of match[2]!.split("\n")) {
      // Comments: whole lines, or a trailing one with no quote in it (so a "//" inside a string default survives).
      const line = rawLine.trim().startsWith("//") ? "" : rawLine.replace(/\s\/\/[^"]*$/, "").trim();
      if (!line) continue;
      const compoundId = /^@@id\(\s*(?:fields:\s*)?\[([^\]]*)\]/.exec(line);
      if (compoundId) {
        primaryKey = compoundId[1]!.split(",").map((field) => field.trim());
        continue;
      }
      if (line.startsWith("@@")) continue;
      const field = /^(\w+)\s+(\w+)(\[\])?(\?)?(.*)$/.exec(line);
      if (!field) throw new Error(`Cannot read the line "${line}" of model ${name} in the Prisma schema`);
      const [, fieldName = "", type = "", list, optional, attributes = ""] = field;
      if (modelNames.has(type)) {
        const foreignKey = /@relation\([^)]*fields:\s*\[([^\]]*)\][^)]*references:\s*\[([^\]]*)\]/.exec(attributes);
        const names = (list: string) => list.split(",").map((name) => name.trim());
        if (foreignKey) relations.push({ model: type, fields: names(foreignKey[1]!), references: names(foreignKey[2]!) });
        continue;
      }
      if (UNSUPPORTED_SCALARS.has(type) || list) {
        throw new Error(`${name}.${fieldName} has type ${type}${list ?? ""}, which the backup and fingerprint do not handle yet`);
      }
      if (!SCALAR_TYPES.has(type)) throw new Error(`${name}.${fieldName} has the unknown type ${type}`);
      fields.push({ name: fieldName, type: type as TScalarType, optional: Boolean(optional) });
      if (/(^|\s)@id(\s|$|\()/.test(attributes)) primaryKey = [fieldName];
    }
    if (primaryKey.length === 0) throw new Error(`Model ${name} has no primary key`);
    models.push({ name, delegate: name.charAt(0).toLowerCase() + name.slice(1), fields, primaryKey, relations });
  }
  return models;
}

export const SCHEMA_FILE = join(process.cwd(), "prisma", "schema.prisma");

let cached: TSchemaModel[] | undefined;

/** The models of prisma/schema.prisma, checked against the generated Prisma client (regenerate it if they differ). */
export function schemaModels(): TSchemaModel[] {
  cached ??= checkAgainstClient(parseSchemaModels(readFileSync(SCHEMA_FILE, "utf8")));
  return cached;
}

function checkAgainstClient(models: TSchemaModel[]): TSchemaModel[] {
  const stale = () => new Error("prisma/schema.prisma and the generated Prisma client differ: run `node scripts/prisma-generate.mjs`");
  const clientModels = Object.keys(Prisma.ModelName).sort();
  if (clientModels.join() !== models.map((model) => model.name).sort().join()) throw stale();
  const namespace = Prisma as unknown as Record<string, Record<string, string> | undefined>;
  for (const model of models) {
    const clientFields = Object.keys(namespace[`${model.name}ScalarFieldEnum`] ?? {}).sort();
    if (clientFields.join() !== model.fields.map((field) => field.name).sort().join()) throw stale();
  }
  return models;
}

/**
 * Models ordered so that each comes after the models its foreign keys point at
 * (a model's references to itself, such as a comment's parent, are left to the caller).
 */
export function modelsInInsertOrder(models: TSchemaModel[]): TSchemaModel[] {
  const byName = new Map(models.map((model) => [model.name, model]));
  const ordered: TSchemaModel[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (model: TSchemaModel, path: string[]) => {
    if (state.get(model.name) === "done") return;
    if (state.get(model.name) === "visiting") {
      throw new Error(`The foreign keys form a cycle (${[...path, model.name].join(" → ")}); no insert order exists`);
    }
    state.set(model.name, "visiting");
    for (const relation of model.relations) {
      if (relation.model !== model.name) visit(byName.get(relation.model)!, [...path, model.name]);
    }
    state.set(model.name, "done");
    ordered.push(model);
  };
  for (const model of models) visit(model, []);
  return ordered;
}
