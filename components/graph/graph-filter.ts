// The graph's verdict and kind filter lives in the address (?verdict=disputed,false&kind=quantity)
// so a filtered view can be shared. Unknown values in the address are ignored.
import type { TBoardGraphFilter } from "@/lib/graph/types";
import { CLAIM_KINDS, VERDICTS, type TClaimKind, type TVerdict } from "@/lib/schemas/vocabulary";

export const VERDICT_PARAM = "verdict";
export const KIND_PARAM = "kind";

export type TGraphFilter = Required<TBoardGraphFilter>;

function parseList<T extends string>(raw: string | null, allowed: readonly T[]): T[] {
  if (!raw) return [];
  const wanted = new Set(raw.split(",").map((value) => value.trim()));
  // In vocabulary order, without duplicates, whatever order the address had.
  return allowed.filter((value) => wanted.has(value));
}

export function parseGraphFilter(verdictParam: string | null, kindParam: string | null): TGraphFilter {
  return {
    verdicts: parseList<TVerdict>(verdictParam, VERDICTS),
    kinds: parseList<TClaimKind>(kindParam, CLAIM_KINDS),
  };
}

export function isFilterActive(filter: TBoardGraphFilter): boolean {
  return Boolean(filter.verdicts?.length || filter.kinds?.length);
}

/** The query string for a filter, keeping every other parameter already in the address. */
export function graphFilterSearch(current: string, filter: TBoardGraphFilter): string {
  const params = new URLSearchParams(current);
  const set = (name: string, values: readonly string[] | undefined) => {
    if (values?.length) params.set(name, values.join(","));
    else params.delete(name);
  };
  set(VERDICT_PARAM, filter.verdicts ? VERDICTS.filter((v) => filter.verdicts!.includes(v)) : undefined);
  set(KIND_PARAM, filter.kinds ? CLAIM_KINDS.filter((k) => filter.kinds!.includes(k)) : undefined);
  // Commas stay readable in a shared address.
  const query = params.toString().replace(/%2C/g, ",");
  return query ? `?${query}` : "";
}

/** A filter as a short string ("?verdict=…&kind=…", or "" for none): equal filters, equal keys. */
export function filterKey(filter: TBoardGraphFilter): string {
  return graphFilterSearch("", filter);
}

export function parseFilterKey(key: string): TGraphFilter {
  const params = new URLSearchParams(key);
  return parseGraphFilter(params.get(VERDICT_PARAM), params.get(KIND_PARAM));
}

/** Adds or removes one value from a list, keeping the vocabulary's order. */
export function toggleValue<T extends string>(values: readonly T[], value: T, on: boolean, order: readonly T[]): T[] {
  const next = new Set(values);
  if (on) next.add(value);
  else next.delete(value);
  return order.filter((item) => next.has(item));
}
