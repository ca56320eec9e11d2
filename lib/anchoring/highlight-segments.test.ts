import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { splitIntoHighlightSegments, splitIntoParagraphs } from "./highlight-segments";

const article = readFileSync(new URL("../../seed/basra-2008-steele.txt", import.meta.url), "utf8");

describe("splitIntoHighlightSegments", () => {
  const text = "0123456789abcdefghij";

  it("splits overlapping and nested spans into flat runs, innermost id first", () => {
    const segments = splitIntoHighlightSegments(text, [
      { id: "outer", start: 2, end: 15 },
      { id: "inner", start: 5, end: 8 },
      { id: "overlap", start: 12, end: 18 },
    ]);
    expect(segments.map(({ start, end, ids }) => ({ start, end, ids }))).toEqual([
      { start: 0, end: 2, ids: [] },
      { start: 2, end: 5, ids: ["outer"] },
      { start: 5, end: 8, ids: ["inner", "outer"] },
      { start: 8, end: 12, ids: ["outer"] },
      { start: 12, end: 15, ids: ["overlap", "outer"] },
      { start: 15, end: 18, ids: ["overlap"] },
      { start: 18, end: 20, ids: [] },
    ]);
    expect(segments.map((segment) => segment.text).join("")).toBe(text);
    expect(segments[2]!.text).toBe("567");
  });

  it("keeps identical spans in the order given and merges nothing across boundaries", () => {
    const segments = splitIntoHighlightSegments(text, [
      { id: "b", start: 0, end: 4 },
      { id: "a", start: 0, end: 4 },
      { id: "c", start: 4, end: 6 },
    ]);
    expect(segments.map(({ start, end, ids }) => ({ start, end, ids }))).toEqual([
      { start: 0, end: 4, ids: ["b", "a"] },
      { start: 4, end: 6, ids: ["c"] },
      { start: 6, end: 20, ids: [] },
    ]);
  });

  it("clips spans to the text and ignores empty ones", () => {
    const segments = splitIntoHighlightSegments(text, [
      { id: "before", start: -5, end: 3 },
      { id: "after", start: 18, end: 99 },
      { id: "empty", start: 7, end: 7 },
      { id: "outside", start: 30, end: 40 },
    ]);
    expect(segments.map(({ start, end, ids }) => ({ start, end, ids }))).toEqual([
      { start: 0, end: 3, ids: ["before"] },
      { start: 3, end: 18, ids: [] },
      { start: 18, end: 20, ids: ["after"] },
    ]);
  });

  it("covers the whole article with each segment's ids exactly the spans over it", () => {
    const spans = Array.from({ length: 60 }, (_, i) => {
      const start = (i * 977) % (article.length - 400);
      return { id: `s${i}`, start, end: start + 20 + ((i * 131) % 380) };
    });
    const segments = splitIntoHighlightSegments(article, spans);
    expect(segments.map((segment) => segment.text).join("")).toBe(article);
    for (const segment of segments) {
      const covering = spans.filter((span) => span.start <= segment.start && span.end >= segment.end);
      expect([...segment.ids].sort()).toEqual(covering.map((span) => span.id).sort());
      const lengths = segment.ids.map((id) => {
        const span = spans.find((candidate) => candidate.id === id)!;
        return span.end - span.start;
      });
      expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    }
  });

  it("returns nothing for empty text", () => {
    expect(splitIntoHighlightSegments("", [{ id: "x", start: 0, end: 3 }])).toEqual([]);
  });
});

describe("splitIntoParagraphs", () => {
  it("makes one paragraph per line of the article", () => {
    const paragraphs = splitIntoParagraphs(article);
    const lines = article.split("\n").filter((line) => line.trim() !== "");
    expect(paragraphs).toHaveLength(lines.length);
    expect(paragraphs.map((p) => article.slice(p.start, p.end))).toEqual(lines);
    expect(paragraphs.map((p) => p.index)).toEqual(lines.map((_, i) => i));
    expect(article.slice(paragraphs.at(-1)!.start, paragraphs.at(-1)!.end)).toBe("Jonathan Steele");
  });

  it("skips blank lines but keeps offsets into the whole text", () => {
    expect(splitIntoParagraphs("\nfirst\n\n  \nsecond\n")).toEqual([
      { index: 0, start: 1, end: 6 },
      { index: 1, start: 11, end: 17 },
    ]);
    expect(splitIntoParagraphs("")).toEqual([]);
  });
});
