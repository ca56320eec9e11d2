import { describe, expect, it } from "vitest";
import { formatCount } from "./format-count";

describe("formatCount", () => {
  it("writes thousands separators as English does", () => {
    expect(formatCount(0)).toBe("0");
    expect(formatCount(999)).toBe("999");
    expect(formatCount(10_000)).toBe("10,000");
    expect(formatCount(500_000)).toBe("500,000");
    expect(formatCount(20_971_520)).toBe("20,971,520");
  });

  it("matches toLocaleString in English for any whole number", () => {
    for (const n of [1, 12, 1234, 98_765, 1_000_000, 2 ** 31]) expect(formatCount(n)).toBe(n.toLocaleString("en"));
  });
});
