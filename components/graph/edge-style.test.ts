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

  it("uses the design tokens' colours", () => {
    expect(EDGE_STYLES.supports.color).toBe("#15803d");
    expect(EDGE_STYLES.disputes.color).toBe("#b91c1c");
    expect(EDGE_STYLES.context.color).toBe("#6b7280");
    expect(EDGE_STYLES["relation-supports"].color).toBe("#1d4ed8");
    expect(EDGE_STYLES["relation-attacks"].color).toBe("#c2410c");
  });

  it("picks the style from the stance or the relation type", () => {
    expect(edgeStyleKey({ kind: "evidence", stance: "context" })).toBe("context");
    expect(edgeStyleKey({ kind: "relation", relationType: "attacks" })).toBe("relation-attacks");
  });
});
