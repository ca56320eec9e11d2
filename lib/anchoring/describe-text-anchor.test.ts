import { describe, expect, it } from "vitest";
import { describeTextAnchor } from "./describe-text-anchor";

const text = "The quick brown fox jumps over the lazy dog.";

describe("describeTextAnchor", () => {
  it("captures the quote, its offsets and context on both sides", () => {
    const start = text.indexOf("fox");
    expect(describeTextAnchor(text, start, start + 3, 6)).toEqual({
      exact: "fox",
      prefix: "brown ",
      suffix: " jumps",
      start,
      end: start + 3,
    });
  });

  it("shortens the context at the edges of the text", () => {
    const first = describeTextAnchor(text, 0, 3);
    expect(first.prefix).toBe("");
    expect(first.suffix).toBe(text.slice(3, 35));
    expect(first.suffix).toHaveLength(32);

    const last = describeTextAnchor(text, text.length - 4, text.length);
    expect(last.exact).toBe("dog.");
    expect(last.suffix).toBe("");
    expect(last.prefix).toBe(text.slice(text.length - 36, text.length - 4));
  });

  it("allows no context at all", () => {
    const anchor = describeTextAnchor(text, 4, 9, 0);
    expect(anchor).toMatchObject({ exact: "quick", prefix: "", suffix: "" });
  });

  it("refuses empty, reversed, out-of-range and fractional spans", () => {
    expect(() => describeTextAnchor(text, 5, 5)).toThrow(RangeError);
    expect(() => describeTextAnchor(text, 6, 5)).toThrow(RangeError);
    expect(() => describeTextAnchor(text, -1, 5)).toThrow(RangeError);
    expect(() => describeTextAnchor(text, 40, text.length + 1)).toThrow(RangeError);
    expect(() => describeTextAnchor(text, 1.5, 4)).toThrow(RangeError);
    expect(() => describeTextAnchor(text, 1, 4, -1)).toThrow(RangeError);
    expect(() => describeTextAnchor("", 0, 0)).toThrow(RangeError);
  });
});
