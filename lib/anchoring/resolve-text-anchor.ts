import search from "approx-string-match";

export type TTextAnchorQuery = {
  exact: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
};

export type TResolvedTextAnchor = {
  start: number;
  end: number;
  method: "position" | "exact" | "fuzzy";
};

type TCandidate = { start: number; end: number; errors: number };

// Weights from Hypothesis's match-quote: the quote itself matters most, its
// context next, and the old position only breaks ties.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const MIN_FUZZY_QUOTE_SIMILARITY = 0.75;

/**
 * Finds where an anchored quote is in (possibly edited) text: at its recorded
 * offsets if still there, else at an exact occurrence, else at the closest
 * approximate one. Null when nothing is close enough.
 */
export function resolveTextAnchor(text: string, anchor: TTextAnchorQuery): TResolvedTextAnchor | null {
  const { exact } = anchor;
  if (exact.length === 0) return null;

  const { start, end } = anchor;
  if (isOffset(start) && isOffset(end) && end <= text.length && text.slice(start, end) === exact) {
    return { start, end, method: "position" };
  }

  const exactMatches = findExactMatches(text, exact);
  if (exactMatches.length > 0) {
    const best = pickBestExactMatch(text, exactMatches, anchor);
    return { start: best.start, end: best.end, method: "exact" };
  }

  const maxErrors = Math.min(256, Math.floor(exact.length / 4));
  if (maxErrors === 0) return null;
  const fuzzyMatches = search(text, exact, maxErrors);
  if (fuzzyMatches.length === 0) return null;
  const best = pickBestFuzzyMatch(text, exact, fuzzyMatches, anchor);
  if (quoteSimilarity(best, exact) < MIN_FUZZY_QUOTE_SIMILARITY) return null;
  return { start: best.start, end: best.end, method: "fuzzy" };
}

function isOffset(value: number | undefined): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

function findExactMatches(text: string, quote: string): TCandidate[] {
  const matches: TCandidate[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    matches.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return matches;
}

function quoteSimilarity(candidate: TCandidate, quote: string): number {
  return 1 - candidate.errors / quote.length;
}

/** 0..1: how well `expected` appears within `window` (1 = verbatim). */
function contextSimilarity(window: string, expected: string): number {
  if (window === expected) return 1;
  if (window.length === 0 || expected.length === 0) return 0;
  const [closest] = search(window, expected, expected.length);
  return closest ? 1 - closest.errors / expected.length : 0;
}

function prefixSimilarity(text: string, candidate: TCandidate, prefix: string | undefined): number {
  if (!prefix) return 1;
  return contextSimilarity(text.slice(Math.max(0, candidate.start - prefix.length), candidate.start), prefix);
}

function suffixSimilarity(text: string, candidate: TCandidate, suffix: string | undefined): number {
  if (!suffix) return 1;
  return contextSimilarity(text.slice(candidate.end, candidate.end + suffix.length), suffix);
}

function distanceFromHint(candidate: TCandidate, anchor: TTextAnchorQuery): number {
  return typeof anchor.start === "number" ? Math.abs(candidate.start - anchor.start) : 0;
}

/** Among identical quotes, context decides and the old position breaks ties. */
function pickBestExactMatch(text: string, candidates: TCandidate[], anchor: TTextAnchorQuery): TCandidate {
  const contextScore = (candidate: TCandidate) =>
    prefixSimilarity(text, candidate, anchor.prefix) + suffixSimilarity(text, candidate, anchor.suffix);
  let best = candidates[0]!;
  if (candidates.length === 1) return best;
  let bestContext = contextScore(best);
  for (const candidate of candidates.slice(1)) {
    const context = contextScore(candidate);
    if (
      context > bestContext ||
      (context === bestContext && distanceFromHint(candidate, anchor) < distanceFromHint(best, anchor))
    ) {
      best = candidate;
      bestContext = context;
    }
  }
  return best;
}

/** Hypothesis's match-quote ranking: one weighted score over quote, context and position. */
function pickBestFuzzyMatch(
  text: string,
  quote: string,
  candidates: TCandidate[],
  anchor: TTextAnchorQuery,
): TCandidate {
  const score = (candidate: TCandidate): number =>
    QUOTE_WEIGHT * quoteSimilarity(candidate, quote) +
    PREFIX_WEIGHT * prefixSimilarity(text, candidate, anchor.prefix) +
    SUFFIX_WEIGHT * suffixSimilarity(text, candidate, anchor.suffix) +
    POSITION_WEIGHT * (1 - distanceFromHint(candidate, anchor) / Math.max(1, text.length));

  let best = candidates[0]!;
  let bestScore = score(best);
  for (const candidate of candidates.slice(1)) {
    const candidateScore = score(candidate);
    if (candidateScore > bestScore) {
      best = candidate;
      bestScore = candidateScore;
    }
  }
  return best;
}
