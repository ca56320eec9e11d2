"use client";

import { createContext, useContext, type ReactNode } from "react";

// The article's text travels with the pages that show it (the article view and a claim's permalink), not with the
// board layout every view shares: at 10,000 claims it was 925 KB of the review page's 1.2 MB.
const ArticleTextContext = createContext<string | null>(null);

export function ArticleTextProvider({ text, children }: { text: string; children: ReactNode }) {
  return <ArticleTextContext.Provider value={text}>{children}</ArticleTextContext.Provider>;
}

/** The article's text on a page that carries it; null on the board's other views. */
export function useArticleText(): string | null {
  return useContext(ArticleTextContext);
}

/** The article's text, for components that only the article's pages render. */
export function useRequiredArticleText(): string {
  const text = useContext(ArticleTextContext);
  if (text === null) throw new Error("This view needs the article's text: render it inside <ArticleTextProvider>");
  return text;
}
