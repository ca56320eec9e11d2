import { describe, expect, it } from "vitest";
import { EDGE_STYLES, EDGE_STYLE_ORDER, edgeStyleKey } from "./edge-style";

describe("edge styles", () => {
  it("tells every kind of edge apart without colour: by dash pattern or thickness, and by word", () => {
    const looks = EDGE_STYLE_ORDER.map((key) => `${EDGE_STYLES[key].dash ?? "solid"}/${EDGE_STYLES[key].width}`);
    expect(new Set(looks).size).toBe(EDGE_STYLE_ORDER.length);
    expect(EDGE_STYLES.supports.dash).toBeUndefined();
    expect(EDGE_STYLES.disputes.dash).toBeDefined();
    expect(EDGE_STYLES.context.dash).toBeDefined();
    expect(EDGE_STYLES["relation-attacks"].dash).toBeDefined();
    expect(EDGE_STYLE_ORDER.map((key) => EDGE_STYLES[key].label)).toEqual(["supports", "disputes", "context", "supports", "attacks"]);
  });

  it("uses the theme's colour token of its kind for the line, the arrowhead and the word", () => {
    for (const key of EDGE_STYLE_ORDER) {
      const style = EDGE_STYLES[key];
      expect(style.color).toBe(`var(--${key})`);
      expect(style.style.stroke).toBe(style.color);
      expect(style.markerEnd).toMatchObject({ color: style.color });
      expect(style.labelStyle.fill).toBe(style.color);
    }
  });

  it("picks the style from the stance or the relation type", () => {
    expect(edgeStyleKey({ kind: "evidence", stance: "context" })).toBe("context");
    expect(edgeStyleKey({ kind: "relation", relationType: "attacks" })).toBe("relation-attacks");
  });
});
