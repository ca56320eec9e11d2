import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { QUOTE_WINDOW_CHARS, quoteWindow, type TQuoteWindow } from "./quote-window";

const article = readFileSync(new URL("../../seed/basra-2008-steele.txt", import.meta.url), "utf8");

function selectorFor(quote: string, text = article) {
  const start = text.indexOf(quote);
  if (start === -1) throw new Error(`quote not in text: ${quote}`);
  return { start, end: start + quote.length, exact: quote };
}

/** Every window is one unbroken stretch of the text: nothing invented, nothing skipped. */
function expectFromText(window: TQuoteWindow | null, text: string): TQuoteWindow {
  expect(window).not.toBeNull();
  const { before, exact, after } = window!;
  const at = text.indexOf(before + exact + after);
  expect(at).toBeGreaterThanOrEqual(0);
  expect(window!.cutBefore).toBe(at > 0);
  expect(window!.cutAfter).toBe(at + before.length + exact.length + after.length < text.length);
  return window!;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("quoteWindow on the seeded article", () => {
  const quote = "Some 1,600 had been hoping to leave Iraq this spring.";

  it("gives far more than the selector's 32 characters either side, within the radius, cut at boundaries", () => {
    const window = expectFromText(quoteWindow(article, selectorFor(quote)), article);
    expect(window.exact).toBe(quote);
    expect(window.before.length).toBeGreaterThan(QUOTE_WINDOW_CHARS * 0.6 - 1);
    expect(window.before.length).toBeLessThanOrEqual(QUOTE_WINDOW_CHARS);
    expect(window.after.length).toBeGreaterThan(QUOTE_WINDOW_CHARS * 0.6 - 1);
    expect(window.after.length).toBeLessThanOrEqual(QUOTE_WINDOW_CHARS);
    expect(window.cutBefore && window.cutAfter).toBe(true);
    // Cut between words, not inside one.
    expect(window.before).toMatch(/^\S/);
    expect(article[article.indexOf(window.before) - 1]).toMatch(/\s/);
    expect(window.after).toMatch(/\S$/);
    expect(article[article.indexOf(window.after) + window.after.length]).toMatch(/\s/);
  });

  it("prefers whole sentences where one ends within reach", () => {
    const window = quoteWindow(article, selectorFor(quote))!;
    expect(window.after).toMatch(/[.!?]["'”’)]*$/);
  });

  it("returns the whole text with no cut when the text is shorter than the window", () => {
    const text = "A short article. It says one thing. Then stops.";
    expect(quoteWindow(text, selectorFor("It says one thing.", text))).toEqual({
      before: "A short article. ",
      exact: "It says one thing.",
      after: " Then stops.",
      cutBefore: false,
      cutAfter: false,
    });
  });

  it("handles a quote at the very start and at the very end of the text", () => {
    const first = article.slice(0, 40);
    const atStart = expectFromText(quoteWindow(article, { start: 0, end: 40, exact: first }), article);
    expect(atStart).toMatchObject({ before: "", cutBefore: false, cutAfter: true });
    const last = article.slice(-40);
    const end = article.length;
    const atEnd = expectFromText(quoteWindow(article, { start: end - 40, end, exact: last }), article);
    expect(atEnd).toMatchObject({ after: "", cutBefore: true, cutAfter: false });
  });

  it("gives only the quote with a radius of 0", () => {
    expect(quoteWindow(article, selectorFor(quote), 0)).toMatchObject({ before: "", exact: quote, after: "" });
    expect(() => quoteWindow(article, selectorFor(quote), -1)).toThrow(RangeError);
    expect(() => quoteWindow(article, selectorFor(quote), 1.5)).toThrow(RangeError);
  });
});

describe("quoteWindow when the selector's offsets no longer match", () => {
  const text = "One. The cat sat. Two. The cat sat. Three. The cat sat. Four.";
  const exact = "The cat sat.";
  const occurrences = [5, 23, 43];

  it("finds the occurrence of `exact` nearest the recorded offsets", () => {
    for (const [shifted, expected] of [
      [7, 5],
      [20, 23],
      [60, 43],
      [-3, 5],
    ] as const) {
      const window = expectFromText(quoteWindow(text, { start: shifted, end: shifted + exact.length, exact }), text);
      expect(text.indexOf(window.before + window.exact) + window.before.length).toBe(expected);
    }
    expect(occurrences.every((at) => text.startsWith(exact, at))).toBe(true);
  });

  it("uses the offsets when they hold, even with other occurrences nearby", () => {
    const window = quoteWindow(text, { start: 23, end: 35, exact })!;
    expect(window.before).toBe("One. The cat sat. Two. ");
  });

  it("does not trust offsets whose span disagrees with `exact`, or that are not whole numbers", () => {
    expect(quoteWindow(text, { start: 23, end: 30, exact })!.before).toBe("One. The cat sat. Two. ");
    expect(quoteWindow(text, { start: Number.NaN, end: Number.NaN, exact })!.before).toBe("One. ");
  });

  it("returns null when the quote is not in the text, or is empty", () => {
    expect(quoteWindow(text, { start: 5, end: 17, exact: "The dog sat." })).toBeNull();
    expect(quoteWindow(text, { start: 5, end: 5, exact: "" })).toBeNull();
    expect(quoteWindow("", { start: 0, end: 3, exact: "abc" })).toBeNull();
  });
});

describe("quoteWindow on unusual Unicode", () => {
  it("never cuts inside a surrogate pair, at either parity, in text without spaces", () => {
    for (const pad of ["", "x"]) {
      const text = pad + "😀".repeat(400) + "QUOTE" + "𝒜".repeat(400) + pad;
      for (const radius of [359, 360, 361]) {
        const window = expectFromText(quoteWindow(text, selectorFor("QUOTE", text), radius), text);
        expect(window.before).not.toMatch(LONE_SURROGATE);
        expect(window.after).not.toMatch(LONE_SURROGATE);
        expect(window.before.length).toBeLessThanOrEqual(radius + 1);
        expect(window.after.length).toBeLessThanOrEqual(radius + 1);
        expect(window.cutBefore && window.cutAfter).toBe(true);
      }
    }
  });

  it("keeps a letter with its combining marks, and an emoji sequence, whole", () => {
    const accented = "e\u0301\u0323"; // é with a dot below: three code units, one grapheme
    const family = "👩‍👩‍👧"; // a ZWJ sequence
    for (const unit of [accented, family]) {
      const text = unit.repeat(300) + "QUOTE" + unit.repeat(300);
      for (const radius of [100, 101, 102, 103]) {
        const window = expectFromText(quoteWindow(text, selectorFor("QUOTE", text), radius), text);
        expect(window.before.length % unit.length).toBe(0);
        expect(window.after.length % unit.length).toBe(0);
        expect(window.before).not.toMatch(/^\p{M}/u);
      }
    }
  });

  it("cuts at spaces in text that has them, whatever the script", () => {
    const words = "Ελληνικά λόγια και 中文 ✓ café\u0301 ";
    const text = words.repeat(40) + "the quote" + (" " + words).repeat(40);
    const window = expectFromText(quoteWindow(text, selectorFor("the quote", text)), text);
    expect(window.before).toMatch(/^\S/);
    expect(text[text.indexOf(window.before + "the quote") - 1]).toBe(" ");
    expect(window.after).toMatch(/\S$/);
  });

  it("reads a quote that itself holds astral characters and marks", () => {
    const text = "Before. He said “naïve 😀 e\u0301” then left. After.";
    const exact = "“naïve 😀 e\u0301”";
    expect(expectFromText(quoteWindow(text, selectorFor(exact, text)), text)).toMatchObject({ exact, before: "Before. He said " });
  });
});
