export type THighlightSpan = { id: string; start: number; end: number };

export type THighlightSegment = {
  start: number;
  end: number;
  text: string;
  /** Spans covering the segment, shortest first: ids[0] is the innermost. */
  ids: string[];
};

export type TParagraph = { index: number; start: number; end: number };

/**
 * Cuts [0, text.length) at every span boundary so that overlapping and nested
 * spans become flat runs, each knowing which spans cover it. Spans are clipped
 * to the text; empty ones are ignored.
 */
export function splitIntoHighlightSegments(text: string, spans: THighlightSpan[]): THighlightSegment[] {
  if (text.length === 0) return [];
  const clipped = spans
    .map((span, order) => ({
      id: span.id,
      start: Math.max(0, Math.min(span.start, text.length)),
      end: Math.max(0, Math.min(span.end, text.length)),
      order,
    }))
    .filter((span) => span.end > span.start);

  const boundaries = new Set<number>([0, text.length]);
  for (const span of clipped) {
    boundaries.add(span.start);
    boundaries.add(span.end);
  }
  const cuts = [...boundaries].sort((a, b) => a - b);

  // Sweep left to right, keeping the spans open at the current cut.
  const byStart = [...clipped].sort((a, b) => a.start - b.start);
  let nextToOpen = 0;
  let open: typeof clipped = [];
  const segments: THighlightSegment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    open = open.filter((span) => span.end > start);
    while (nextToOpen < byStart.length && byStart[nextToOpen]!.start <= start) {
      open.push(byStart[nextToOpen]!);
      nextToOpen++;
    }
    const ids = [...open]
      .sort((a, b) => a.end - a.start - (b.end - b.start) || a.order - b.order)
      .map((span) => span.id);
    segments.push({ start, end, text: text.slice(start, end), ids });
  }
  return segments;
}

/** One paragraph per non-blank line; offsets are into the whole text and exclude the newline. */
export function splitIntoParagraphs(text: string): TParagraph[] {
  const paragraphs: TParagraph[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    if (text.slice(start, end).trim().length > 0) {
      paragraphs.push({ index: paragraphs.length, start, end });
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  return paragraphs;
}
