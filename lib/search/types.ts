// What GET /api/search and the search page return: one result per matching claim, evidence item or comment.

export type TSearchResultKind = "claim" | "evidence" | "comment";

type TSearchResultBase = {
  id: string;
  board: { id: string; title: string };
  /** The claim's statement, the evidence's title, or (for a comment) the statement of the claim it discusses. */
  title: string;
  /** Exact text around the match: the claim's quote, the evidence's excerpt, the comment's words. */
  excerpt: string;
  /** Where it opens in the app. */
  href: string;
};

export type TSearchResult =
  | (TSearchResultBase & { kind: "claim"; number: number; permalink: string })
  | (TSearchResultBase & { kind: "evidence" })
  | (TSearchResultBase & { kind: "comment"; claim: { id: string; number: number; permalink: string } });

export type TSearchResponse = { results: TSearchResult[] };
