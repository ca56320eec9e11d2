// What the search page says, shared by its server render and its client.

/** The most results the server sends for one query (SEARCH_RESULT_LIMIT in lib/data/search/search-boards.ts, server-only). */
const RESULT_LIMIT = 50;

/** The results heading, which the live region announces, for a list of `count` results. */
export function describeResultCount(count: number): string {
  if (count === 0) return "Nothing found.";
  return `${count === RESULT_LIMIT ? `The best ${RESULT_LIMIT}` : count} result${count === 1 ? "" : "s"}, best match first`;
}

/** A problem in the page's words, from readSearchQuery's or the API's (both start with the parameter's name). */
export const problemInWords = (problem: string) => problem.replace(/^q /, "the search ");
