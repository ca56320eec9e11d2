import { describe, expect, it } from "vitest";
import { anchorNodeId, bezierPoint, buildArgumentOverlay, junctionNodeId, nearestEdgeMiddle, PREMISE_JUNCTION_SIZE, UNDERCUT_ANCHOR_SIZE } from "./argument-overlay";
import type { TBoardGraph } from "./types";

const graph: TBoardGraph = {
  nodes: ["a", "b", "c", "d"].map((id) => ({ id, type: "claim" as const, claimId: id })),
  edges: [{ id: "relation:r1", source: "a", target: "b", kind: "relation", relationType: "supports", relationId: "r1" }],
};
const box = (x: number, y: number) => ({ x, y, width: 100, height: 50 });
const boxes = new Map([["a", box(0, 0)], ["b", box(0, 250)], ["c", box(300, 0)], ["d", box(600, 0)]]);

describe("argument overlay", () => {
  it("finds the middle of React Flow's bezier halfway between the handles, and the ends at 0 and 1", () => {
    const s = { x: 50, y: 50 };
    const t = { x: 250, y: 250 };
    expect(bezierPoint(s, t, "TB", 0.5)).toEqual({ x: 150, y: 150 });
    expect(bezierPoint(s, t, "TB", 0)).toEqual(s);
    expect(bezierPoint(s, t, "LR", 1)).toEqual(t);
  });
  it("puts one anchor on an undercut edge, joined by each undercut, and skips edges the graph does not show", () => {
    const overlay = buildArgumentOverlay(
      {
        undercuts: [
          { id: "u1", fromClaimId: "c", target: { type: "relation", id: "r1" }, note: "" },
          { id: "u2", fromClaimId: "d", target: { type: "relation", id: "r1" }, note: "" },
          { id: "u3", fromClaimId: "c", target: { type: "link", id: "hidden" }, note: "" },
        ],
        premiseGroups: [],
      },
      graph,
      boxes,
      "TB",
    );
    expect(overlay.anchors).toHaveLength(1);
    const [anchor] = overlay.anchors;
    expect(anchor).toMatchObject({ id: anchorNodeId("relation:r1"), claimId: "b", undercutIds: ["u1", "u2"] });
    // On the straight vertical edge from (50, 50) to (50, 250), past its middle.
    expect(anchor!.position.x + UNDERCUT_ANCHOR_SIZE.width / 2).toBeCloseTo(50);
    expect(anchor!.position.y + UNDERCUT_ANCHOR_SIZE.height / 2).toBeGreaterThan(150);
    expect(overlay.edges.map((e) => [e.source, e.target])).toEqual([["c", anchor!.id], ["d", anchor!.id]]);
  });
  it("joins a group's premises into one junction pointing at the target, only when all of them are drawn", () => {
    const group = { id: "g", premiseClaimIds: ["c", "d"], toClaimId: "b", type: "attacks" as const, note: "" };
    const overlay = buildArgumentOverlay({ undercuts: [], premiseGroups: [group, { ...group, id: "g2", premiseClaimIds: ["c", "gone"] }] }, graph, boxes, "TB");
    expect(overlay.junctions).toEqual([
      expect.objectContaining({ id: junctionNodeId("g"), toClaimId: "b", type: "attacks", premiseCount: 2 }),
    ]);
    const junction = overlay.junctions[0]!;
    expect(junction.position.y + PREMISE_JUNCTION_SIZE.height / 2).toBeGreaterThan(50);
    expect(junction.position.y + PREMISE_JUNCTION_SIZE.height / 2).toBeLessThan(250);
    expect(overlay.edges.map((e) => `${e.kind} ${e.source}→${e.target}`)).toEqual([
      `premise c→${junction.id}`,
      `premise d→${junction.id}`,
      `premise-target ${junction.id}→b`,
    ]);
  });
  it("finds the edge whose middle a drop is near", () => {
    expect(nearestEdgeMiddle(graph, boxes, "TB", { x: 60, y: 140 }, 30)).toBe("relation:r1");
    expect(nearestEdgeMiddle(graph, boxes, "TB", { x: 200, y: 140 }, 30)).toBeNull();
  });
});
