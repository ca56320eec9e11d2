"use client";

import { useEffect, useRef, type FormEvent } from "react";
import { SEARCH_QUERY_MAX_LENGTH } from "@/lib/search/search-query";
import { SearchResults } from "./search-results";
import { describeResultCount } from "./search-words";
import { useSearchAsYouType, type TSearchState } from "./use-search-as-you-type";

/**
 * The search page's form and results. Rendered on the server for `?q=` (so a shared address, or a browser without
 * scripts, gets its results from a plain GET form); once hydrated it searches as the reader types, without a navigation.
 */
export function SearchView({ initialQuery, initial, signedIn }: { initialQuery: string; initial: TSearchState; signedIn: boolean }) {
  const { state, searching, searchNow, searchSoon } = useSearchAsYouType(initial);
  const box = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    // Text typed before the scripts ran has had no search of its own yet.
    if (box.current && box.current.value !== initialQuery) searchNow(box.current.value);
    form.current?.setAttribute("data-ready", "");
  }, [initialQuery, searchNow]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    searchNow(box.current?.value ?? "");
  };

  const busy = searching !== null;
  const status = state.status === "results" ? describeResultCount(state.results.length) : null;
  return (
    <>
      <form ref={form} action="/search" method="get" role="search" className="search-form" onSubmit={submit}>
        <label htmlFor="search-q">Claims, quotes, evidence{signedIn ? " and comments" : ""} on every board you can read</label>
        <div className="search-row">
          <input
            ref={box}
            id="search-q"
            name="q"
            type="search"
            defaultValue={initialQuery}
            maxLength={SEARCH_QUERY_MAX_LENGTH}
            autoFocus
            autoComplete="off"
            aria-controls="search-results"
            data-shortcut-target="search"
            onChange={(event) => searchSoon(event.currentTarget.value)}
          />
          <button type="submit" className="button primary">
            Search
          </button>
        </div>
      </form>
      {state.status === "problem" ? (
        <p role="alert" className="form-error">
          Can&apos;t search for that: {state.problem}.
        </p>
      ) : null}
      {state.status === "failed" ? (
        <p role="alert" className="form-error">
          The search did not answer. Try again with Search.
        </p>
      ) : null}
      <section id="search-results" aria-labelledby={status ? "search-results-heading" : undefined}>
        {/* Always in the page, so a screen reader hears each new count as it changes. */}
        <div role="status">
          {status ? (
            <h2 id="search-results-heading" className="small muted">
              {status}
            </h2>
          ) : null}
        </div>
        {state.status === "results" ? <SearchResults query={state.query} results={state.results} busy={busy} /> : null}
      </section>
    </>
  );
}
