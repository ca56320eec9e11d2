import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { describeTextAnchor } from "./describe-text-anchor";
import { resolveTextAnchor } from "./resolve-text-anchor";

const article = readFileSync(new URL("../../seed/basra-2008-steele.txt", import.meta.url), "utf8");

/** Deterministic pseudo-random spans (8..120 chars) across the article. */
function sampleSpans(count: number): { start: number; end: number }[] {
  let seed = 20080330;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  return Array.from({ length: count }, () => {
    const length = 8 + Math.floor(next() * 113);
    const start = Math.floor(next() * (article.length - length));
    return { start, end: start + length };
  });
}

function anchorFor(quote: string, occurrence = 0, text = article) {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
  if (start === -1) throw new Error(`quote not in text: ${quote}`);
  return describeTextAnchor(text, start, start + quote.length);
}

describe("resolveTextAnchor on unchanged text", () => {
  const spans = sampleSpans(300);

  it("finds every described span at its recorded position", () => {
    for (const { start, end } of spans) {
      const anchor = describeTextAnchor(article, start, end);
      expect(resolveTextAnchor(article, anchor)).toEqual({ start, end, method: "position" });
    }
  });

  it("finds every span again from the quote and its context alone", () => {
    for (const { start, end } of spans) {
      const { exact, prefix, suffix } = describeTextAnchor(article, start, end);
      expect(resolveTextAnchor(article, { exact, prefix, suffix })).toEqual({ start, end, method: "exact" });
    }
  });
});

describe("resolveTextAnchor after the text is edited", () => {
  const preface = "Editor's note: this article was first published in April 2008.\n";
  const edited = preface + article;

  it("follows quotes that moved because text was inserted before them", () => {
    for (const { start, end } of sampleSpans(150)) {
      const anchor = describeTextAnchor(article, start, end);
      expect(resolveTextAnchor(edited, anchor)).toEqual({
        start: start + preface.length,
        end: end + preface.length,
        method: "exact",
      });
    }
  });

  it("picks the occurrence of a repeated quote whose context matches, not the nearest", () => {
    const quote = "last week's assault";
    const second = anchorFor(quote, 1);
    const first = anchorFor(quote, 0);
    expect(second.start).toBeGreaterThan(first.start);

    // The stale position points at the first occurrence; context says the second.
    const resolved = resolveTextAnchor(edited, { ...second, start: first.start, end: first.end });
    expect(resolved).toEqual({ start: second.start + preface.length, end: second.end + preface.length, method: "exact" });
  });

  it("falls back to the nearest occurrence when the context cannot tell them apart", () => {
    const text = "alpha beta gamma. alpha beta gamma. alpha beta gamma.";
    const occurrences = [0, 18, 36];
    for (const at of occurrences) {
      const resolved = resolveTextAnchor(text, { exact: "beta", start: at + 5 + 2 });
      expect(resolved).toEqual({ start: at + 6, end: at + 10, method: "exact" });
    }
  });

  it("finds a quote with a typo in it by fuzzy matching", () => {
    const quote = "Tens of thousands of families were trapped in their homes for a week";
    const anchor = anchorFor(quote);
    const misspelt = "Tens of thousands of famlies were trapped in thier homes for a week";
    const withTypo = preface + article.replace(quote, misspelt);

    const resolved = resolveTextAnchor(withTypo, anchor);
    expect(resolved?.method).toBe("fuzzy");
    expect(withTypo.slice(resolved!.start, resolved!.end)).toBe(misspelt);
  });

  it("matches quotes far longer than 32 characters with scattered edits", () => {
    const paragraphStart = article.indexOf("Big questions remain");
    const anchor = describeTextAnchor(article, paragraphStart, article.indexOf("\n", paragraphStart));
    expect(anchor.exact.length).toBeGreaterThan(500);

    const revised = anchor.exact
      .replace("backroom", "back-room")
      .replace("two thousand", "2,000")
      .replace("capitulated", "caved in")
      .replace("Otherwise fighting", "Otherwise, fighting");
    const text = article.replace(anchor.exact, revised);

    const resolved = resolveTextAnchor(text, anchor);
    expect(resolved?.method).toBe("fuzzy");
    expect(resolved?.start).toBe(paragraphStart);
    expect(resolved?.end).toBe(paragraphStart + revised.length);
  });

  it("uses context to choose between equally close fuzzy matches", () => {
    const quote = "last week's assault";
    const second = anchorFor(quote, 1);
    // Both occurrences now carry one typo, so both are one error away.
    const text = article.replaceAll(quote, "last week's asault");
    const resolved = resolveTextAnchor(text, { exact: second.exact, prefix: second.prefix, suffix: second.suffix });
    expect(resolved?.method).toBe("fuzzy");
    expect(resolved?.start).toBe(text.indexOf("last week's asault", text.indexOf("last week's asault") + 1));
  });

  it("gives up on quotes that are no longer anywhere in the text", () => {
    expect(resolveTextAnchor(article, { exact: "zebra quantum xylophone fluorescence" })).toBeNull();

    const quote = "The number of deaths is unknown, but is probably several hundred.";
    const anchor = anchorFor(quote);
    const rewritten = article.replace(quote, "Nobody has counted how many people were killed in the fighting.");
    expect(resolveTextAnchor(rewritten, anchor)).toBeNull();
  });

  it("does not fuzzy-match very short quotes", () => {
    expect(resolveTextAnchor("the cat sat", { exact: "cot" })).toBeNull();
    expect(resolveTextAnchor("the cat sat", { exact: "cat" })).toEqual({ start: 4, end: 7, method: "exact" });
  });

  it("ignores a recorded position that no longer holds the quote or is out of range", () => {
    expect(resolveTextAnchor("one two three", { exact: "two", start: 0, end: 3 })).toEqual({
      start: 4,
      end: 7,
      method: "exact",
    });
    expect(resolveTextAnchor("one two", { exact: "two", start: 40, end: 43 })).toEqual({
      start: 4,
      end: 7,
      method: "exact",
    });
  });

  it("returns null for an empty quote", () => {
    expect(resolveTextAnchor(article, { exact: "" })).toBeNull();
  });
});
