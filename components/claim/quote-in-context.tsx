import type { TClaimView } from "@/lib/board/types";

const CONTEXT_CHARS = 160;

/** The claim's quote with the article text around it, cut at word boundaries. */
export function QuoteInContext({ text, claim }: { text: string; claim: TClaimView }) {
  const { start, end } = claim.selector;
  let before = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
  let after = text.slice(end, end + CONTEXT_CHARS);
  if (start > CONTEXT_CHARS) before = "…" + before.slice(before.indexOf(" ") + 1);
  if (end + CONTEXT_CHARS < text.length) after = after.slice(0, after.lastIndexOf(" ")) + "…";
  return (
    <blockquote className="quote-in-context" data-testid="quote-in-context">
      {before.replace(/\n/g, " ¶ ")}
      <mark>{text.slice(start, end)}</mark>
      {after.replace(/\n/g, " ¶ ")}
    </blockquote>
  );
}
