// Rows of a model that points at itself (a comment's parent) must be inserted
// parents first, because foreign keys are checked on each insert.
import type { TPortableValue } from "./portable-value";
import type { TSchemaModel } from "./schema-models";

export function hasSelfReference(model: TSchemaModel): boolean {
  return model.relations.some((relation) => relation.model === model.name);
}

/** The rows reordered so that every row comes after the rows of the same model it points at (a cycle is left as found). */
export function orderSelfReferences(model: TSchemaModel, rows: TPortableValue[][]): TPortableValue[][] {
  const column = (name: string) => model.fields.findIndex((field) => field.name === name);
  const selfRelations = model.relations.filter((relation) => relation.model === model.name);
  if (selfRelations.length === 0) return rows;
  const keyOf = (row: TPortableValue[], names: string[]) => JSON.stringify(names.map((name) => row[column(name)] ?? null));
  const pointsAt = (row: TPortableValue[]) =>
    selfRelations
      .filter((relation) => relation.fields.every((name) => row[column(name)] !== null))
      .map((relation) => ({ key: keyOf(row, relation.fields), references: relation.references }));
  const indexes = new Map<string, Map<string, TPortableValue[]>>();
  for (const relation of selfRelations) {
    const index = new Map<string, TPortableValue[]>();
    for (const row of rows) index.set(keyOf(row, relation.references), row);
    indexes.set(relation.references.join(), index);
  }
  const ordered: TPortableValue[][] = [];
  const placed = new Set<TPortableValue[]>();
  const visiting = new Set<TPortableValue[]>();
  for (const start of rows) {
    // Depth-first with an explicit stack, so a deep reply chain can't overflow the call stack.
    const stack: TPortableValue[][] = [start];
    while (stack.length) {
      const row = stack[stack.length - 1]!;
      if (placed.has(row)) {
        stack.pop();
        continue;
      }
      visiting.add(row);
      const pending = pointsAt(row)
        .map(({ key, references }) => indexes.get(references.join())!.get(key))
        .filter((target): target is TPortableValue[] => target !== undefined && target !== row && !placed.has(target) && !visiting.has(target));
      if (pending.length) {
        stack.push(...pending);
        continue;
      }
      stack.pop();
      visiting.delete(row);
      placed.add(row);
      ordered.push(row);
    }
  }
  return ordered;
}
