import Link from "next/link";
import type { TSearchResult } from "@/lib/search/types";

const KIND_LABELS: Record<TSearchResult["kind"], string> = { claim: "Claim", evidence: "Evidence", comment: "Comment" };

/** One query's results, best match first; `query` names what they answer, so a reader (or the bench) can tell stale from current. */
export function SearchResults({ query, results, busy }: { query: string; results: TSearchResult[]; busy: boolean }) {
  return (
    <ol className="plain-list search-results" data-testid="search-results" data-query={query} aria-busy={busy || undefined}>
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
  );
}
