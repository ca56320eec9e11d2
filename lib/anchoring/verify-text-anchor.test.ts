import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { describeTextAnchor } from "./describe-text-anchor";
import { anchorMatchesText } from "./verify-text-anchor";

const article = readFileSync(new URL("../../seed/basra-2008-steele.txt", import.meta.url), "utf8");
const quote = "The number of deaths is unknown, but is probably several hundred.";
const quoteStart = article.indexOf(quote);
const anchor = describeTextAnchor(article, quoteStart, quoteStart + quote.length);

describe("anchorMatchesText", () => {
  it("accepts anchors described from the same text, including at its edges", () => {
    expect(anchorMatchesText(article, anchor)).toBe(true);
    expect(anchorMatchesText(article, describeTextAnchor(article, 0, 10))).toBe(true);
    expect(anchorMatchesText(article, describeTextAnchor(article, article.length - 7, article.length))).toBe(true);
  });

  it("accepts shorter context than the describer would give", () => {
    expect(anchorMatchesText(article, { ...anchor, prefix: anchor.prefix.slice(-3), suffix: "" })).toBe(true);
  });

  it("refuses offsets that do not hold the quote", () => {
    expect(anchorMatchesText(article, { ...anchor, start: anchor.start + 1, end: anchor.end + 1 })).toBe(false);
    expect(anchorMatchesText(article, { ...anchor, exact: quote.toUpperCase() })).toBe(false);
  });

  it("refuses context that is not right beside the quote", () => {
    expect(anchorMatchesText(article, { ...anchor, prefix: `${anchor.prefix} ` })).toBe(false);
    expect(anchorMatchesText(article, { ...anchor, suffix: anchor.suffix.slice(1) })).toBe(false);
    expect(anchorMatchesText(article, { ...anchor, prefix: "x" })).toBe(false);
  });

  it("refuses a prefix longer than the text before the quote", () => {
    const opening = describeTextAnchor(article, 4, 10);
    expect(anchorMatchesText(article, { ...opening, prefix: `X${opening.prefix}` })).toBe(false);
  });

  it("refuses out-of-range, empty and reversed offsets", () => {
    const tail = describeTextAnchor(article, article.length - 5, article.length);
    expect(anchorMatchesText(article.slice(0, -1), tail)).toBe(false);
    expect(anchorMatchesText(article, { ...anchor, start: -1 })).toBe(false);
    expect(anchorMatchesText(article, { ...anchor, end: anchor.start })).toBe(false);
    expect(anchorMatchesText(article, { ...anchor, start: anchor.end, end: anchor.start })).toBe(false);
  });
});
