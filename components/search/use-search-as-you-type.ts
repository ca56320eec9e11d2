"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { readSearchQuery } from "@/lib/search/search-query";
import type { TSearchResponse, TSearchResult } from "@/lib/search/types";
import { problemInWords } from "./search-words";

/** What the page shows for the text in the box. */
export type TSearchState =
  | { status: "empty" }
  | { status: "problem"; query: string; problem: string }
  | { status: "results"; query: string; results: TSearchResult[] }
  | { status: "failed"; query: string };

/**
 * A pause this short still skips the keystrokes of a fast typist, and leaves room in the 100 ms from the last key to
 * results on screen (issue 9); a stale request is aborted, so the server's answer to an old prefix never lands.
 */
export const SEARCH_DEBOUNCE_MS = 50;

/** The page's address for a query, so a search stays shareable (the server renders the same results for it). */
function addressFor(query: string): string {
  const url = new URL(window.location.href);
  if (query === "") url.searchParams.delete("q");
  else url.searchParams.set("q", query);
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * Searches as the reader types: GET /api/search (the same authorized search the server page ran) after a short pause,
 * aborting the request it replaces, with the address's `?q=` kept in step by history.replaceState.
 * `searching` is the query whose answer is still coming.
 */
export function useSearchAsYouType(initial: TSearchState) {
  const [state, setState] = useState<TSearchState>(initial);
  const [searching, setSearching] = useState<string | null>(null);
  const request = useRef<AbortController | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const searchNow = useCallback((query: string) => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    request.current?.abort();
    request.current = null;
    if (addressFor(query) !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      window.history.replaceState(null, "", addressFor(query));
    }
    if (query.trim() === "") {
      setSearching(null);
      setState({ status: "empty" });
      return;
    }
    const read = readSearchQuery(query);
    if (!read.ok) {
      setSearching(null);
      setState({ status: "problem", query, problem: problemInWords(read.problem) });
      return;
    }
    const controller = new AbortController();
    request.current = controller;
    setSearching(query);
    void (async () => {
      let next: TSearchState;
      try {
        const response = await fetch(`/api/search?q=${encodeURIComponent(query)}`, { signal: controller.signal, headers: { accept: "application/json" } });
        const body = (await response.json()) as Partial<TSearchResponse> & { error?: string };
        next = response.ok && body.results
          ? { status: "results", query, results: body.results }
          : response.status === 400 && body.error
            ? { status: "problem", query, problem: problemInWords(body.error) }
            : { status: "failed", query };
      } catch {
        if (controller.signal.aborted) return;
        next = { status: "failed", query };
      }
      if (controller.signal.aborted) return;
      request.current = null;
      setSearching(null);
      setState(next);
    })();
  }, []);

  const searchSoon = useCallback(
    (query: string) => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => searchNow(query), SEARCH_DEBOUNCE_MS);
    },
    [searchNow],
  );

  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
      request.current?.abort();
    },
    [],
  );

  return { state, searching, searchNow, searchSoon };
}
