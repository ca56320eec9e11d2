import type { TClaimView } from "@/lib/board/types";

const CONTEXT_CHARS = 160;

/**
 * The claim's quote with the article text around it, cut at word boundaries. Without the text (the board's views
 * other than the article carry only its details), the quote's own selector gives the context: its prefix and suffix.
 */
export function QuoteInContext({ text, claim }: { text: string | null; claim: TClaimView }) {
  const { start, end, exact, prefix, suffix } = claim.selector;
  let before: string;
  let after: string;
  if (text === null) {
    before = start > prefix.length ? "…" + prefix.slice(prefix.indexOf(" ") + 1) : prefix;
    after = suffix.length > 0 && suffix.lastIndexOf(" ") > 0 ? suffix.slice(0, suffix.lastIndexOf(" ")) + "…" : suffix;
  } else {
    before = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
    after = text.slice(end, end + CONTEXT_CHARS);
    if (start > CONTEXT_CHARS) before = "…" + before.slice(before.indexOf(" ") + 1);
    if (end + CONTEXT_CHARS < text.length) after = after.slice(0, after.lastIndexOf(" ")) + "…";
  }
  return (
    <blockquote className="quote-in-context" data-testid="quote-in-context">
      {before.replace(/\n/g, " ¶ ")}
      <mark>{text === null ? exact : text.slice(start, end)}</mark>
      {after.replace(/\n/g, " ¶ ")}
    </blockquote>
  );
}
