// One form for a column's value whichever database it came from: dates as ISO
// strings, JSON with its keys sorted, BigInts as decimal strings (JSON numbers
// lose digits past 2^53); strings, numbers, booleans and null as they are.
import type { TScalarType } from "./schema-models";

export type TPortableValue = string | number | boolean | null;

export function toPortableValue(type: TScalarType, value: unknown): TPortableValue {
  if (value === null || value === undefined) return null;
  switch (type) {
    case "DateTime":
      if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new Error(`Expected a date, got ${String(value)}`);
      return value.toISOString();
    case "Json":
      return canonicalJson(value);
    case "Boolean":
      if (typeof value !== "boolean") throw new Error(`Expected a boolean, got ${String(value)}`);
      return value;
    case "BigInt":
      if (typeof value !== "bigint") throw new Error(`Expected a bigint, got ${String(value)}`);
      return value.toString();
    case "Int":
    case "Float":
      if (typeof value !== "number") throw new Error(`Expected a number, got ${String(value)}`);
      return value;
    case "String":
      if (typeof value !== "string") throw new Error(`Expected a string, got ${String(value)}`);
      return value;
  }
}

/** JSON.stringify with object keys in sorted order, so equal values give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}
