import "server-only";
import { DataError } from "../data/errors";
import { readSearchQuery, type TSearchTerms } from "../search/search-query";
import { readSearchParam } from "./read-search-param";

const invalidQuery = (message: string) => new DataError("invalid", message, { issues: [{ path: "q", message }] });

/** The `q` parameter as search terms; 400 naming the problem when it is missing, too long, or holds nothing to search. */
export function readSearchTerms(request: Request): TSearchTerms {
  const q = readSearchParam(request, "q");
  if (q === null) throw invalidQuery("q is required: the words to search for, as in /api/search?q=basra");
  const read = readSearchQuery(q);
  if (!read.ok) throw invalidQuery(read.problem);
  return read.terms;
}
