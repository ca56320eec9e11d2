import { describe, expect, it } from "vitest";
import { MARKER_LOOKS, markerId } from "./edge-markers";
import { EDGE_STYLES, EDGE_STYLE_ORDER, edgeStyleKey } from "./edge-style";

describe("edge styles", () => {
  it("tells every kind of edge apart without colour and without dashes: by the shape at its end and its width, and by word", () => {
    const looks = EDGE_STYLE_ORDER.map((key) => `${EDGE_STYLES[key].marker}/${EDGE_STYLES[key].width}`);
    expect(new Set(looks).size).toBe(EDGE_STYLE_ORDER.length);
    for (const key of EDGE_STYLE_ORDER) expect(EDGE_STYLES[key].style.strokeDasharray).toBeUndefined();
    // Stances by shape: supporting ends in an arrow, disputing or attacking in a bar, context in a dot.
    expect(EDGE_STYLE_ORDER.map((key) => EDGE_STYLES[key].marker)).toEqual(["arrow", "bar", "dot", "arrow", "bar"]);
    // Claim → claim relations are thicker than evidence links.
    expect(EDGE_STYLES["relation-supports"].width).toBeGreaterThan(EDGE_STYLES.supports.width);
    expect(EDGE_STYLE_ORDER.map((key) => EDGE_STYLES[key].label)).toEqual(["supports", "disputes", "context", "supports", "attacks"]);
  });

  it("uses the theme's colour token of its kind for the line, its end marker and the word", () => {
    for (const key of EDGE_STYLE_ORDER) {
      const style = EDGE_STYLES[key];
      expect(style.color).toBe(`var(--${key})`);
      expect(style.style.stroke).toBe(style.color);
      expect(style.markerEnd).toBe(markerId(key));
      expect(MARKER_LOOKS[key]).toMatchObject({ color: style.color, shape: style.marker });
      expect(style.labelStyle.color).toBe(style.color);
    }
    expect(MARKER_LOOKS.undercut.color).toBe("var(--undercut)");
  });

  it("says in words how each line looks, its end included", () => {
    expect(EDGE_STYLES.disputes.pattern).toBe("thin red line ending in a bar across it");
    expect(EDGE_STYLES.context.pattern).toBe("thin grey line ending in a dot");
    expect(EDGE_STYLES["relation-supports"].pattern).toBe("thick blue line ending in an arrowhead");
  });

  it("picks the style from the stance or the relation type", () => {
    expect(edgeStyleKey({ kind: "evidence", stance: "context" })).toBe("context");
    expect(edgeStyleKey({ kind: "relation", relationType: "attacks" })).toBe("relation-attacks");
  });
});
