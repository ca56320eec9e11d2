import { describe, expect, it } from "vitest";
import { contrastRatio, describeContrast, formatContrast, isHexColor, meetsTextContrast } from "./color-contrast";

describe("contrastRatio", () => {
  it("gives the WCAG extremes and is symmetric", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBeCloseTo(1, 5);
    expect(contrastRatio("#166534", "#dcfce7")).toBeCloseTo(contrastRatio("#dcfce7", "#166534"), 10);
  });

  it("matches published checker figures around the AA line", () => {
    // #767676 is the lightest grey that passes on white; #777777 just fails (WebAIM: 4.54 and 4.48).
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
    expect(meetsTextContrast(contrastRatio("#767676", "#ffffff"))).toBe(true);
    expect(meetsTextContrast(contrastRatio("#777777", "#ffffff"))).toBe(false);
  });

  it("accepts either case and refuses anything but #rrggbb", () => {
    expect(contrastRatio("#FFFFFF", "#000000")).toBeCloseTo(21, 5);
    expect(() => contrastRatio("#fff", "#000000")).toThrow(/#rrggbb/);
    expect(isHexColor("red")).toBe(false);
    expect(isHexColor("#12345g")).toBe(false);
    expect(isHexColor("#a1B2c3")).toBe(true);
  });
});

describe("describing contrast", () => {
  it("rounds down so a near miss never reads as the minimum", () => {
    expect(formatContrast(4.499)).toBe("4.4:1");
    expect(formatContrast(21)).toBe("21.0:1");
  });

  it("says in words whether text is readable", () => {
    expect(describeContrast(7.13, "white")).toBe("7.1:1 against white: readable (meets WCAG AA).");
    expect(describeContrast(2.5, "its tint")).toBe("2.5:1 against its tint: too faint to read (WCAG AA needs 4.5:1).");
  });
});
