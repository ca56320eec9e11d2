import { describe, expect, it } from "vitest";
import { contrastRatio, isHexColor, MIN_TEXT_CONTRAST, WHITE } from "./color-contrast";
import { DARK_BACKGROUNDS, DARK_TEXT, darkVerdictColors, themedVerdictColors } from "./dark-verdict-colors";
import { VERDICT_SCALE } from "./verdict-scale";

const LIGHT_BACKGROUNDS = [WHITE, "#f7f7f5"]; // --surface and --bg of the light theme
const LIGHT_TEXT = "#1f2328";

describe("the default verdict scale reads at WCAG AA in both themes", () => {
  for (const [verdict, style] of Object.entries(VERDICT_SCALE)) {
    it(`${verdict}: light`, () => {
      for (const background of [style.tint, ...LIGHT_BACKGROUNDS]) {
        expect(contrastRatio(style.color, background), `on ${background}`).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
      }
      expect(contrastRatio(LIGHT_TEXT, style.tint), "quote text on the tint").toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    });

    it(`${verdict}: dark`, () => {
      const dark = darkVerdictColors(style);
      expect(isHexColor(dark.color) && isHexColor(dark.tint)).toBe(true);
      for (const background of [dark.tint, ...DARK_BACKGROUNDS]) {
        expect(contrastRatio(dark.color, background), `on ${background}`).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
      }
      expect(contrastRatio(DARK_TEXT, dark.tint), "quote text on the tint").toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    });
  }
});

describe("darkVerdictColors", () => {
  it("keeps the verdicts apart: each gets its own dark tint", () => {
    const tints = Object.values(VERDICT_SCALE).map((style) => darkVerdictColors(style).tint);
    expect(new Set(tints).size).toBe(tints.length);
  });

  it("reaches AA for a workspace's own colours too, even a pale or saturated one", () => {
    for (const color of ["#ffff00", "#0000ff", "#777777", "#000000", "#ff00ff"]) {
      const dark = darkVerdictColors({ color, tint: "#ffffff" });
      expect(contrastRatio(dark.color, dark.tint), color).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
      for (const background of DARK_BACKGROUNDS) expect(contrastRatio(dark.color, background)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    }
  });

  it("gives CSS values that switch with the theme", () => {
    const { color, tint } = themedVerdictColors(VERDICT_SCALE.verified);
    expect(color).toMatch(/^light-dark\(#166534, #[0-9a-f]{6}\)$/);
    expect(tint).toMatch(/^light-dark\(#dcfce7, #[0-9a-f]{6}\)$/);
  });
});
