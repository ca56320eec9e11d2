import { SearchView } from "@/components/search/search-view";
import { problemInWords } from "@/components/search/search-words";
import type { TSearchState } from "@/components/search/use-search-as-you-type";
import { searchBoards } from "@/lib/data/search/search-boards";
import { getPrisma } from "@/lib/db/prisma-client";
import { getRequestActor } from "@/lib/http/request-actor";
import { readSearchQuery } from "@/lib/search/search-query";

export const dynamic = "force-dynamic";

/** Search across every board the reader may read: `?q=` is searched here on the server, later queries from the page. */
export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = (await searchParams).q;
  const q = typeof raw === "string" ? raw : "";
  const read = q.trim() === "" ? null : readSearchQuery(q);
  const actor = await getRequestActor();
  const initial: TSearchState = !read
    ? { status: "empty" }
    : read.ok
      ? { status: "results", query: q, results: await searchBoards(getPrisma(), actor, read.terms) }
      : { status: "problem", query: q, problem: problemInWords(read.problem) };
  return (
    <main className="page narrow">
      <h1>Search</h1>
      <SearchView initialQuery={q} initial={initial} signedIn={actor.userId !== null} />
    </main>
  );
}
