import { describe, expect, it } from "vitest";
import { readThemeTokens, THEMES } from "@/lib/testing/theme-tokens";
import { contrastRatio } from "@/lib/verdicts/color-contrast";

// The edge of a text field, select or button is what shows where the control is: WCAG 1.4.11 asks 3:1 of it
// against what it sits on and what it is filled with. Fields and buttons are filled with --surface (--hover
// under the pointer) and sit on the page (--bg), a card (--surface) or a sunken panel (--surface-sunken). Danger
// buttons (Delete, Remove) have an edge of their own.
const MIN_CONTROL_CONTRAST = 3;
const CONTROL_BORDERS = ["border-strong", "danger-edge"];
const AROUND_CONTROLS = ["bg", "surface", "surface-sunken", "hover"];

describe("the controls' edges", () => {
  const tokens = readThemeTokens();

  it("are tokens the stylesheet defines for both themes", () => {
    for (const token of [...CONTROL_BORDERS, ...AROUND_CONTROLS]) expect(tokens.has(token), `--${token} has light-dark() colours`).toBe(true);
  });

  it.each(THEMES)("reach 3:1 against every background around a control in the %s theme", (theme) => {
    const short = CONTROL_BORDERS.flatMap((edge) =>
      AROUND_CONTROLS.map((token) => ({ token, ratio: contrastRatio(tokens.get(edge)![theme], tokens.get(token)![theme]) }))
        .filter(({ ratio }) => ratio < MIN_CONTROL_CONTRAST)
        .map(({ token, ratio }) => `--${edge} on --${token}: ${ratio.toFixed(2)}:1`),
    );
    expect(short).toEqual([]);
  });
});
