"use client";

import { useEffect, useMemo, useState } from "react";
import { quoteWindow, type TQuoteWindow } from "@/lib/anchoring/quote-window";
import type { TClaimView } from "@/lib/board/types";
import { useArticleText } from "../article/article-text-context";
import { useBoardStore } from "../board/board-store";

// Beside the article itself a few lines are enough; elsewhere the panel is the only view of the article.
const ARTICLE_PAGE_CHARS = 160;

// An article never changes once its board exists, so a claim's context (keyed by the claim and its selector) is
// fetched once per page: reopening a claim, or going back and forth between two, shows it at once.
const FETCHED_MAX = 200;
const fetchedContexts = new Map<string, TQuoteWindow | null>();
function remember(key: string, context: TQuoteWindow | null) {
  if (fetchedContexts.size >= FETCHED_MAX) fetchedContexts.delete(fetchedContexts.keys().next().value!);
  fetchedContexts.set(key, context);
}

/**
 * The article around the claim's quote: from the text on the article's pages, else fetched from the server when the
 * panel opens (`loading` until it answers). Null when there is none to show (still loading, failed, or the quote is
 * no longer in the text): the panel then shows the selector's own prefix and suffix.
 */
export function useQuoteWindow(claim: TClaimView): { context: TQuoteWindow | null; loading: boolean } {
  const articleText = useArticleText();
  const { api } = useBoardStore();
  const { start, end, exact } = claim.selector;
  const local = useMemo(
    () => (articleText === null ? null : quoteWindow(articleText, { start, end, exact }, ARTICLE_PAGE_CHARS)),
    [articleText, start, end, exact],
  );
  // Keyed by the claim and its selector, so a context is never shown for another claim or an older quote.
  const key = `${claim.id}:${start}:${end}:${exact}`;
  const [fetched, setFetched] = useState<{ key: string; context: TQuoteWindow | null } | null>(null);
  useEffect(() => {
    if (articleText !== null || fetchedContexts.has(key)) return;
    let current = true;
    // A failure keeps the short context already shown (nothing the reader needs to act on), and is asked again next time.
    const settle = (context: TQuoteWindow | null) => {
      if (current) setFetched({ key, context });
    };
    api.getClaimContext(claim.id).then(
      ({ context }) => {
        remember(key, context);
        settle(context);
      },
      () => settle(null),
    );
    return () => {
      current = false;
    };
  }, [api, articleText, claim.id, key]);
  if (articleText !== null) return { context: local, loading: false };
  if (fetchedContexts.has(key)) return { context: fetchedContexts.get(key) ?? null, loading: false };
  const settled = fetched?.key === key;
  return { context: settled ? fetched.context : null, loading: !settled };
}
