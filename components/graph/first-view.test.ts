import { describe, expect, it } from "vitest";
import { firstViewport, READABLE_ZOOM } from "./first-view";
import type { TGraphFlowNode } from "./to-flow-elements";

const node = (id: string, x: number, y: number) => ({ id, position: { x, y }, width: 240, height: 120, data: {} }) as unknown as TGraphFlowNode;
const canvas = { width: 1200, height: 600 };
/** The flow box shown by a viewport on the canvas. */
const inView = (viewport: { x: number; y: number; zoom: number }, n: TGraphFlowNode) => {
  const left = n.position.x * viewport.zoom + viewport.x;
  const top = n.position.y * viewport.zoom + viewport.y;
  return left >= 0 && top >= 0 && left + 240 * viewport.zoom <= canvas.width && top + 120 * viewport.zoom <= canvas.height;
};

describe("firstViewport", () => {
  // A neighbourhood 1,900 px wide: it fits only below the readable zoom (1104 / 1900 ≈ 0.58).
  const focus = node("focus", 0, 300);
  const nodes = [focus, node("a", 0, 0), node("b", 300, 0), node("far", 1660, 0)];

  it("fits the targets when that is readable, never zooming in past 1", () => {
    const viewport = firstViewport([node("a", 0, 0), node("b", 300, 0)], ["a", "b"], canvas);
    expect(viewport.zoom).toBe(1);
    expect(inView(viewport, node("a", 0, 0)) && inView(viewport, node("b", 300, 0))).toBe(true);
  });

  it("otherwise centres the first target at the readable zoom", () => {
    const viewport = firstViewport(nodes, ["focus", ...nodes.map((n) => n.id)], canvas);
    expect(viewport.zoom).toBeCloseTo(READABLE_ZOOM);
    expect(inView(viewport, focus)).toBe(true);
    expect(inView(viewport, nodes[3]!)).toBe(false);
  });
});
