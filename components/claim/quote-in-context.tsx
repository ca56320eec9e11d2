import type { TQuoteWindow } from "@/lib/anchoring/quote-window";
import type { TClaimView } from "@/lib/board/types";

/** The selector's own context, about 32 characters either side: what shows until (or unless) the article's is there. */
function selectorWindow({ exact, prefix, suffix, start }: TClaimView["selector"]): TQuoteWindow {
  const cutBefore = start > prefix.length;
  const cutAfter = suffix.length > 0 && suffix.lastIndexOf(" ") > 0;
  return {
    before: cutBefore ? prefix.slice(prefix.indexOf(" ") + 1) : prefix,
    exact,
    after: cutAfter ? suffix.slice(0, suffix.lastIndexOf(" ")) : suffix,
    cutBefore,
    cutAfter,
  };
}

const paragraphs = (text: string) => text.replace(/\n/g, " ¶ ");

/**
 * The claim's quote, marked, with the article around it (`context`, cut at word boundaries, "…" where cut); without
 * one, the quote's own selector gives the context: its prefix and suffix.
 */
export function QuoteInContext({ claim, context, loading = false }: { claim: TClaimView; context: TQuoteWindow | null; loading?: boolean }) {
  const { before, exact, after, cutBefore, cutAfter } = context ?? selectorWindow(claim.selector);
  return (
    <blockquote
      className="quote-in-context"
      data-testid="quote-in-context"
      data-context={context ? "article" : "selector"}
      aria-busy={loading || undefined}
    >
      <span data-testid="quote-context-before">
        {cutBefore ? "…" : ""}
        {paragraphs(before)}
      </span>
      <mark>{exact}</mark>
      <span data-testid="quote-context-after">
        {paragraphs(after)}
        {cutAfter ? "…" : ""}
      </span>
    </blockquote>
  );
}
