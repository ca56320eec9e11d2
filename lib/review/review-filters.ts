import { z } from "zod";
import type { TBoardView, TBoardViewer, TClaimView } from "../board/types";
import { ZId } from "../schemas/fields";
import { CLAIM_KINDS, VERDICTS } from "../schemas/vocabulary";
import { WORKFLOW_STAGES } from "../workflow/stages";
import { ZStrengthFilter, ZStrengthSort } from "../strength/strength-view";
import { cardVerdict } from "./card-summary";
import { foldText, searchTerms } from "./fold-text";

// The review board's filters live in the address (?stage=researching&mine=1&q=sadr)
// so a view can be shared and reloaded. A bad value is dropped, never an error:
// a mistyped link still opens the board.

export const REVIEW_PARAMS = {
  assignee: "assignee",
  mine: "mine",
  awaiting: "awaiting",
  stages: "stage",
  verdicts: "verdict",
  kinds: "kind",
  q: "q",
  strength: "strength",
  sort: "sort",
} as const;

/** `assignee=none`: claims nobody is assigned to. */
export const NO_ASSIGNEE = "none";
const MAX_QUERY_LENGTH = 200;

/** A comma-separated list (or repeated parameter) of vocabulary values, in vocabulary order, unknown ones dropped. */
const vocabularyList = <T extends string>(allowed: readonly T[]) =>
  z
    .unknown()
    .optional()
    .transform((raw): T[] => {
      const values = Array.isArray(raw) ? raw : typeof raw === "string" ? [raw] : [];
      const wanted = new Set(values.flatMap((value) => (typeof value === "string" ? value.split(",") : [])).map((v) => v.trim()));
      return allowed.filter((value) => wanted.has(value));
    });

/** Present as `1`, `true` or bare (`?mine`); anything else is off. */
const flag = z.unknown().optional().transform((raw) => raw === "1" || raw === "true" || raw === "");

export const ZReviewFilters = z.object({
  /** A member's id, NO_ASSIGNEE, or null for anyone. */
  assignee: z.union([z.literal(NO_ASSIGNEE), ZId]).nullable().catch(null),
  mine: flag,
  /** Waiting for my review: ready for review, I am an editor or owner, and I did not propose it. */
  awaiting: flag,
  stages: vocabularyList(WORKFLOW_STAGES),
  /** Matched against the verdict the card shows: proposed, published or recorded. */
  verdicts: vocabularyList(VERDICTS),
  kinds: vocabularyList(CLAIM_KINDS),
  q: z
    .unknown()
    .optional()
    .transform((raw) => (typeof raw === "string" ? raw.slice(0, MAX_QUERY_LENGTH) : "")),
  /** By claim strength (lib/strength/strength-view), applied by the board once the strengths are final. */
  strength: ZStrengthFilter,
  sort: ZStrengthSort,
});
export type TReviewFilters = z.output<typeof ZReviewFilters>;

export const NO_REVIEW_FILTERS: TReviewFilters = ZReviewFilters.parse({});

/** The filters in an address's query string (with or without its "?"). */
export function parseReviewFilters(search: URLSearchParams | string): TReviewFilters {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const one = (name: string) => params.get(name) ?? undefined;
  const all = (name: string) => params.getAll(name);
  return ZReviewFilters.parse({
    assignee: one(REVIEW_PARAMS.assignee) ?? null,
    mine: one(REVIEW_PARAMS.mine),
    awaiting: one(REVIEW_PARAMS.awaiting),
    stages: all(REVIEW_PARAMS.stages),
    verdicts: all(REVIEW_PARAMS.verdicts),
    kinds: all(REVIEW_PARAMS.kinds),
    q: one(REVIEW_PARAMS.q),
    strength: one(REVIEW_PARAMS.strength) ?? null,
    sort: one(REVIEW_PARAMS.sort) ?? null,
  });
}

/**
 * The query string for `filters` ("?…", or "" when none is set), keeping any
 * other parameter of `current`. Equal filters always give the same string.
 */
export function reviewFiltersSearch(filters: TReviewFilters, current = ""): string {
  const params = new URLSearchParams(current);
  for (const name of Object.values(REVIEW_PARAMS)) params.delete(name);
  if (filters.assignee) params.set(REVIEW_PARAMS.assignee, filters.assignee);
  if (filters.mine) params.set(REVIEW_PARAMS.mine, "1");
  if (filters.awaiting) params.set(REVIEW_PARAMS.awaiting, "1");
  const setList = (name: string, values: readonly string[], order: readonly string[]) => {
    const ordered = order.filter((value) => values.includes(value));
    if (ordered.length > 0) params.set(name, ordered.join(","));
  };
  setList(REVIEW_PARAMS.stages, filters.stages, WORKFLOW_STAGES);
  setList(REVIEW_PARAMS.verdicts, filters.verdicts, VERDICTS);
  setList(REVIEW_PARAMS.kinds, filters.kinds, CLAIM_KINDS);
  if (filters.q.trim() !== "") params.set(REVIEW_PARAMS.q, filters.q);
  if (filters.strength) params.set(REVIEW_PARAMS.strength, filters.strength);
  if (filters.sort) params.set(REVIEW_PARAMS.sort, filters.sort);
  // Commas stay readable in a shared address.
  const query = params.toString().replace(/%2C/g, ",");
  return query ? `?${query}` : "";
}

export function isReviewFilterActive(filters: TReviewFilters): boolean {
  return reviewFiltersSearch(filters) !== "";
}

/** How many filters besides the search are set (a list counts once; the order counts too), for the folded filters' button. */
export function activeReviewFilterCount(filters: TReviewFilters): number {
  const set = [
    filters.assignee !== null,
    filters.mine,
    filters.awaiting,
    filters.stages.length > 0,
    filters.verdicts.length > 0,
    filters.kinds.length > 0,
    filters.strength !== null,
    filters.sort !== null,
  ];
  return set.filter(Boolean).length;
}

const REVIEWER_ROLES = new Set(["editor", "owner"]);

/** Whether this claim waits for `viewer` to approve or return it. */
export function awaitsReviewBy(claim: TClaimView, viewer: TBoardViewer): boolean {
  return (
    claim.stage === "ready_for_review" &&
    viewer.userId !== null &&
    viewer.role !== null &&
    REVIEWER_ROLES.has(viewer.role) &&
    claim.proposedById !== viewer.userId
  );
}

// Folded search text per claim object; a saved claim is a new object, so it is folded afresh.
const foldedTextCache = new WeakMap<TClaimView, string>();
function searchableText(claim: TClaimView): string {
  let text = foldedTextCache.get(claim);
  if (text === undefined) {
    text = `${foldText(claim.statement)}\n${foldText(claim.selector.exact)}`;
    foldedTextCache.set(claim, text);
  }
  return text;
}

/** The claims matching every filter that is set, in board order. */
export function filterReviewClaims(
  board: Pick<TBoardView, "claims">,
  filters: TReviewFilters,
  viewer: TBoardViewer,
): TClaimView[] {
  const stages = new Set(filters.stages);
  const verdicts = new Set(filters.verdicts);
  const kinds = new Set(filters.kinds);
  const terms = searchTerms(filters.q);
  return board.claims.filter((claim) => {
    if (filters.assignee === NO_ASSIGNEE && claim.assigneeId !== null) return false;
    if (filters.assignee !== null && filters.assignee !== NO_ASSIGNEE && claim.assigneeId !== filters.assignee) return false;
    if (filters.mine && (viewer.userId === null || claim.assigneeId !== viewer.userId)) return false;
    if (filters.awaiting && !awaitsReviewBy(claim, viewer)) return false;
    if (stages.size > 0 && !stages.has(claim.stage)) return false;
    if (verdicts.size > 0 && !verdicts.has(cardVerdict(claim)?.verdict ?? "unverified")) return false;
    if (kinds.size > 0 && !kinds.has(claim.kind)) return false;
    if (terms.length > 0) {
      const text = searchableText(claim);
      if (!terms.every((term) => text.includes(term))) return false;
    }
    return true;
  });
}
