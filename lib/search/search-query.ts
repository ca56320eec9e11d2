// A search box's text, read into plain terms, then written as each database's full-text query. Nothing of the
// user's text reaches either query language but letters, digits and marks: FTS5 and tsquery operators, quotes,
// brackets and stars are separators here, so no input can be a syntax error (or a different query).
import { textProblem } from "../schemas/text-rule";

export const SEARCH_QUERY_MAX_LENGTH = 200;
export const SEARCH_MAX_TERMS = 12;

/** Runs of letters, digits and combining marks: what both indexes' tokenizers keep of a word. */
const TERM = /[\p{L}\p{N}\p{M}]+/gu;

/** Each whitespace-separated part of the query, as the terms it holds: "1,600 troops" is [["1", "600"], ["troops"]]. */
export type TSearchTerms = string[][];

export type TReadSearchQuery = { ok: true; terms: TSearchTerms } | { ok: false; problem: string };

/** The terms of `q`, or why it can't be searched for (worded for a 400 answer and for the search page). */
export function readSearchQuery(text: string): TReadSearchQuery {
  const problem = textProblem(text);
  if (problem) return { ok: false, problem: `q ${problem}` };
  if (text.length > SEARCH_QUERY_MAX_LENGTH) {
    return { ok: false, problem: `q must be at most ${SEARCH_QUERY_MAX_LENGTH} characters (it has ${text.length})` };
  }
  const terms = text
    .split(/\s+/u)
    .map((part) => (part.normalize("NFC").toLowerCase().match(TERM) ?? []).map(String))
    .filter((part) => part.length > 0);
  const count = terms.reduce((sum, part) => sum + part.length, 0);
  if (count === 0) return { ok: false, problem: "q must contain at least one word or number to search for" };
  if (count > SEARCH_MAX_TERMS) return { ok: false, problem: `q may hold at most ${SEARCH_MAX_TERMS} words (it has ${count})` };
  return { ok: true, terms };
}

/** FTS5: every part must match, each as a phrase; the last word may be the start of one (search as you type). */
export function fts5MatchExpression(terms: TSearchTerms): string {
  return terms.map((part, index) => `"${part.join(" ")}"${index === terms.length - 1 ? "*" : ""}`).join(" ");
}

/** PostgreSQL to_tsquery: the same, as a phrase (<->) per part, parts joined by &, the last word a prefix. */
export function postgresTsQuery(terms: TSearchTerms): string {
  return terms.map((part, index) => part.map((term, at) => (index === terms.length - 1 && at === part.length - 1 ? `${term}:*` : term)).join(" <-> ")).join(" & ");
}

/** The words a result's excerpt is centred on. */
export function flatTerms(terms: TSearchTerms): string[] {
  return terms.flat();
}
