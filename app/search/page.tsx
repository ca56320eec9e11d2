import Link from "next/link";
import { searchBoards } from "@/lib/data/search/search-boards";
import { getPrisma } from "@/lib/db/prisma-client";
import { getRequestActor } from "@/lib/http/request-actor";
import { readSearchQuery } from "@/lib/search/search-query";
import type { TSearchResult } from "@/lib/search/types";

export const dynamic = "force-dynamic";

const KIND_LABELS: Record<TSearchResult["kind"], string> = { claim: "Claim", evidence: "Evidence", comment: "Comment" };

/** Search across every board the reader may read, on the server; a plain form, so it works before any script loads. */
export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = (await searchParams).q;
  const q = typeof raw === "string" ? raw : "";
  const read = q.trim() === "" ? null : readSearchQuery(q);
  const actor = await getRequestActor();
  const results = read?.ok ? await searchBoards(getPrisma(), actor, read.terms) : [];
  return (
    <main className="page narrow">
      <h1>Search</h1>
      <form action="/search" method="get" role="search" className="search-form">
        <label htmlFor="search-q">Claims, quotes, evidence{actor.userId ? " and comments" : ""} on every board you can read</label>
        <div className="search-row">
          <input id="search-q" name="q" type="search" defaultValue={q} maxLength={200} autoFocus data-shortcut-target="search" />
          <button type="submit" className="button primary">
            Search
          </button>
        </div>
      </form>
      {read && !read.ok ? (
        <p role="alert" className="form-error">
          Can&apos;t search for that: {read.problem.replace(/^q /, "the search ")}.
        </p>
      ) : null}
      {read?.ok ? (
        <section aria-labelledby="search-results-heading">
          <h2 id="search-results-heading" className="small muted" role="status">
            {results.length === 0 ? "Nothing found." : `${results.length === 50 ? "The best 50" : results.length} result${results.length === 1 ? "" : "s"}, best match first`}
          </h2>
          <ol className="plain-list search-results">
            {results.map((result) => (
              <li key={`${result.kind}:${result.id}`} className="search-result" data-testid="search-result" data-kind={result.kind}>
                <p className="muted small">
                  <span className="chip">{KIND_LABELS[result.kind]}</span>{" "}
                  {result.kind === "claim" ? `#${result.number} · ` : result.kind === "comment" ? `on claim #${result.claim.number} · ` : ""}
                  {result.board.title}
                </p>
                <Link href={result.href} className="search-result-title">
                  {result.title}
                </Link>
                {result.excerpt ? <p className="search-result-excerpt">{result.excerpt}</p> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </main>
  );
}
