import { z } from "zod";

/** Below this a claim counts as weakly supported. */
export const WEAK_STRENGTH = 0.4;

export const STRENGTH_FILTERS = ["weak", "weak-conclusions"] as const;
export type TStrengthFilter = (typeof STRENGTH_FILTERS)[number];
export const STRENGTH_SORTS = ["weakest", "strongest"] as const;
export type TStrengthSort = (typeof STRENGTH_SORTS)[number];

export const STRENGTH_FILTER_LABELS: Record<TStrengthFilter, string> = {
  weak: `Weakly supported (strength below ${WEAK_STRENGTH})`,
  "weak-conclusions": `Weakly supported conclusions (below ${WEAK_STRENGTH})`,
};
export const STRENGTH_SORT_LABELS: Record<TStrengthSort, string> = {
  weakest: "Weakest first",
  strongest: "Strongest first",
};

/** A filter or sort from an address or a select; anything else is none. */
export const ZStrengthFilter = z.enum(STRENGTH_FILTERS).nullable().catch(null);
export const ZStrengthSort = z.enum(STRENGTH_SORTS).nullable().catch(null);

export type TStrengthView = { filter: TStrengthFilter | null; sort: TStrengthSort | null };

type TRelationEnds = { fromClaimId: string; toClaimId: string };

/**
 * Conclusions: claims the argument ends at — supported or attacked by another
 * claim, and themselves supporting or attacking none.
 */
export function conclusionIds(relations: readonly TRelationEnds[]): Set<string> {
  const sources = new Set(relations.map((relation) => relation.fromClaimId));
  return new Set(relations.map((relation) => relation.toClaimId).filter((id) => !sources.has(id)));
}

/**
 * The claims a strength filter keeps, in the order a strength sort asks (ties
 * and no sort keep the given order). `strengths` is null when they are not
 * final (unsettled, or the board still loading): then nothing is filtered or
 * sorted, since no number may be read as final.
 */
export function applyStrengthView<T extends { id: string }>(
  claims: readonly T[],
  view: TStrengthView,
  strengths: ReadonlyMap<string, number> | null,
  relations: readonly TRelationEnds[],
): readonly T[] {
  if (!strengths || (view.filter === null && view.sort === null)) return claims;
  const strengthOf = (claim: T) => strengths.get(claim.id) ?? Number.NaN;
  let shown: readonly T[] = claims;
  if (view.filter !== null) {
    const conclusions = view.filter === "weak-conclusions" ? conclusionIds(relations) : null;
    shown = claims.filter((claim) => strengthOf(claim) < WEAK_STRENGTH && (conclusions === null || conclusions.has(claim.id)));
  }
  if (view.sort !== null) {
    const sign = view.sort === "weakest" ? 1 : -1;
    shown = shown
      .map((claim, index) => ({ claim, index, strength: strengthOf(claim) }))
      .sort((a, b) => sign * (a.strength - b.strength) || a.index - b.index)
      .map(({ claim }) => claim);
  }
  return shown;
}
