import { splitIntoHighlightSegments, splitIntoParagraphs, type THighlightSegment } from "@/lib/anchoring/highlight-segments";

export type TArticleParagraph = { index: number; start: number; end: number; segments: THighlightSegment[] };

const PARAGRAPH_ID = "¶";

/** The article as paragraphs of flat runs, each run knowing which claims' quotes cover it. */
export function buildArticleParagraphs(
  text: string,
  spans: { id: string; start: number; end: number }[],
): TArticleParagraph[] {
  const paragraphs = splitIntoParagraphs(text);
  const segments = splitIntoHighlightSegments(text, [
    ...spans,
    ...paragraphs.map((p) => ({ id: `${PARAGRAPH_ID}${p.index}`, start: p.start, end: p.end })),
  ]);
  const byParagraph = paragraphs.map((p) => ({ ...p, segments: [] as THighlightSegment[] }));
  for (const segment of segments) {
    const paragraphId = segment.ids.find((id) => id.startsWith(PARAGRAPH_ID));
    if (!paragraphId) continue; // the newline between paragraphs
    const index = Number(paragraphId.slice(PARAGRAPH_ID.length));
    byParagraph[index]!.segments.push({ ...segment, ids: segment.ids.filter((id) => !id.startsWith(PARAGRAPH_ID)) });
  }
  return byParagraph;
}
