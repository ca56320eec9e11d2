import { describe, expect, it } from "vitest";
import { readThemeTokens } from "@/lib/testing/theme-tokens";
import { contrastRatio } from "@/lib/verdicts/color-contrast";
import { ARGUMENT_EDGE_LOOK } from "./argument-flow-elements";
import { MARKER_LOOKS } from "./edge-markers";
import { EDGE_STYLES, EDGE_STYLE_ORDER } from "./edge-style";

// The graph's lines and node edges against its canvas (--bg), in both themes: WCAG 1.4.11 asks 3:1 of the
// parts of a graphic needed to understand it. The colours are read from the stylesheet the page loads.
const MIN_GRAPHIC_CONTRAST = 3;

const tokenOf = (value: string) => /^var\(--([\w-]+)\)$/.exec(value)?.[1];

describe("the graph's colours", () => {
  const tokens = readThemeTokens();
  const canvas = tokens.get("bg")!;

  const lines = [
    ...EDGE_STYLE_ORDER.map((key) => EDGE_STYLES[key].color),
    // The end shapes tell the stances apart, so they are held to the same contrast as the lines.
    ...Object.values(MARKER_LOOKS).map((look) => look.color),
    ARGUMENT_EDGE_LOOK.undercut.color,
    ARGUMENT_EDGE_LOOK.premise.color,
    "var(--summary-edge)",
    "var(--graph-node-border)",
    "var(--graph-paper-edge)",
    "var(--overview-evidence)",
    "var(--overview-summary)",
  ];

  it("are theme tokens the stylesheet defines for both themes", () => {
    expect(canvas).toBeDefined();
    for (const value of lines) {
      const token = tokenOf(value);
      expect(token, `${value} is a var(--token)`).toBeDefined();
      expect(tokens.has(token!), `--${token} has light-dark() colours in globals.css`).toBe(true);
    }
  });

  it.each(["light", "dark"] as const)("reach 3:1 against the canvas in the %s theme", (theme) => {
    const short = lines
      .map((value) => ({ value, ratio: contrastRatio(tokens.get(tokenOf(value)!)![theme], canvas[theme]) }))
      .filter(({ ratio }) => ratio < MIN_GRAPHIC_CONTRAST)
      .map(({ value, ratio }) => `${value} ${ratio.toFixed(2)}:1`);
    expect(short).toEqual([]);
  });
});
