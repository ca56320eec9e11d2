import { onFirstUse } from "../display/on-first-use";

/** Where a claim's quote is in its article: the TextPositionSelector's offsets and the TextQuoteSelector's exact. */
export type TQuoteWindowSelector = { start: number; end: number; exact: string };

/** The quote with a bounded stretch of the article either side, every character the article's own. */
export type TQuoteWindow = { before: string; exact: string; after: string; cutBefore: boolean; cutAfter: boolean };

/** Characters either side of the quote at most: a paragraph or two, enough to judge the quote, never the whole text. */
export const QUOTE_WINDOW_CHARS = 300;

// A cut looks for a sentence or word boundary no closer to the quote than this share of the radius, so a boundary
// just beside the quote does not leave it with almost no context.
const KEEP_SHARE = 0.6;
const SENTENCE_END = /[.!?…]["'”’)\]]*$/u;
const SENTENCE_OPENING = /^[\p{Lu}\p{N}"'“‘(\[]/u;
const graphemes = onFirstUse(() => new Intl.Segmenter(undefined, { granularity: "grapheme" }));

/**
 * The article around a quote, cut at sentence or word boundaries (never inside a character or grapheme) at most
 * `radius` UTF-16 code units either side. The quote is found at its recorded offsets, else at the occurrence of
 * `exact` nearest them; null when it is not in the text at all.
 */
export function quoteWindow(text: string, selector: TQuoteWindowSelector, radius = QUOTE_WINDOW_CHARS): TQuoteWindow | null {
  if (!Number.isInteger(radius) || radius < 0) throw new RangeError(`radius must be a whole number of at least 0 (got ${radius})`);
  const start = locateQuote(text, selector);
  if (start === null) return null;
  const end = start + selector.exact.length;
  const from = windowStart(text, start, radius);
  const to = windowEnd(text, end, radius);
  return {
    before: text.slice(from, start),
    exact: text.slice(start, end),
    after: text.slice(end, to),
    cutBefore: from > 0,
    cutAfter: to < text.length,
  };
}

function locateQuote(text: string, { start, end, exact }: TQuoteWindowSelector): number | null {
  if (exact.length === 0) return null;
  const offsetsHold = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end === start + exact.length;
  if (offsetsHold && text.startsWith(exact, start)) return start;
  // The offsets no longer match (the text or the selector changed): the occurrence nearest where it was.
  let nearest: number | null = null;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    if (nearest === null || Math.abs(at - start) < Math.abs(nearest - start)) nearest = at;
  }
  return nearest;
}

const isSpace = (char: string | undefined) => char !== undefined && /\s/u.test(char);

function startsSentence(text: string, at: number): boolean {
  if (isSpace(text[at]) || !isSpace(text[at - 1])) return false;
  if (text[at - 1] === "\n") return true;
  return SENTENCE_OPENING.test(text.slice(at, at + 1)) && SENTENCE_END.test(text.slice(Math.max(0, at - 8), at).trimEnd());
}

function endsSentence(text: string, at: number): boolean {
  if (!isSpace(text[at]) || isSpace(text[at - 1])) return false;
  return text[at] === "\n" || SENTENCE_END.test(text.slice(Math.max(0, at - 8), at));
}

/** Where the window opens: the earliest sentence start, else word start, in reach; else a grapheme boundary. */
function windowStart(text: string, quoteStart: number, radius: number): number {
  const earliest = quoteStart - radius;
  if (earliest <= 0) return 0;
  const latest = quoteStart - Math.ceil(radius * KEEP_SHARE);
  for (let at = earliest; at <= latest; at++) if (startsSentence(text, at)) return at;
  for (let at = earliest; at <= latest; at++) if (isSpace(text[at - 1]) && !isSpace(text[at])) return at;
  return graphemeBoundary(text, earliest, "before");
}

/** Where the window closes: the latest sentence end, else word end, in reach; else a grapheme boundary. */
function windowEnd(text: string, quoteEnd: number, radius: number): number {
  const latest = quoteEnd + radius;
  if (latest >= text.length) return text.length;
  const earliest = quoteEnd + Math.ceil(radius * KEEP_SHARE);
  for (let at = latest; at >= earliest; at--) if (endsSentence(text, at)) return at;
  for (let at = latest; at >= earliest; at--) if (isSpace(text[at]) && !isSpace(text[at - 1])) return at;
  return graphemeBoundary(text, latest, "after");
}

/**
 * The grapheme boundary at `at`, or the nearest one that keeps the whole grapheme in the window: a surrogate pair, a
 * letter with its combining marks and an emoji sequence stay whole. Segmenting a short stretch keeps it cheap.
 */
function graphemeBoundary(text: string, at: number, side: "before" | "after"): number {
  const offset = Math.max(0, at - 64);
  const limit = Math.min(text.length, at + 64);
  let boundary = side === "before" ? offset : limit;
  for (const { index } of graphemes().segment(text.slice(offset, limit))) {
    const position = offset + index;
    if (side === "before" && position <= at) boundary = position;
    if (side === "after" && position >= at) return position;
  }
  return boundary;
}
