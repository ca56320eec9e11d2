import { describe, expect, it } from "vitest";
import { layoutGraph } from "./layout-graph";
import { placeNodes } from "./place-nodes";
import type { TBoardGraph, TGraphNode } from "./types";

const graph: TBoardGraph = {
  nodes: [
    { id: "e1", type: "evidence", evidenceId: "e1" },
    { id: "e2", type: "evidence", evidenceId: "e2" },
    { id: "c1", type: "claim", claimId: "c1" },
    { id: "c2", type: "claim", claimId: "c2" },
  ],
  edges: [
    { id: "link:l1", source: "e1", target: "c1", kind: "evidence", stance: "supports", linkId: "l1" },
    { id: "link:l2", source: "e2", target: "c1", kind: "evidence", stance: "disputes", linkId: "l2" },
    { id: "relation:r1", source: "c1", target: "c2", kind: "relation", relationType: "supports", relationId: "r1" },
  ],
};
const sizeOf = (node: TGraphNode) =>
  node.type === "claim" ? { width: 280, height: 120 } : { width: 220, height: 80 };

describe("placeNodes", () => {
  it("keeps saved positions and lays out the rest on the whole graph", () => {
    const saved = { c1: { x: -500, y: 4000 } };
    const positions = placeNodes(graph, saved, sizeOf, "TB");
    expect(positions.c1).toEqual({ x: -500, y: 4000 });

    const layout = layoutGraph(
      graph.nodes.map((node) => ({ id: node.id, ...sizeOf(node) })),
      graph.edges,
      "TB",
    );
    for (const id of ["e1", "e2", "c2"]) expect(positions[id]).toEqual(layout[id]);
    // Laid out with c1 in the graph, so e1 and e2 sit above c2 two ranks down.
    expect(positions.e1!.y).toBeLessThan(positions.c2!.y - 120);
  });

  it("places evidence above the claim it bears on in TB and left of it in LR", () => {
    const tb = placeNodes(graph, {}, sizeOf, "TB");
    expect(tb.e1!.y).toBeLessThan(tb.c1!.y);
    expect(tb.e2!.y).toBeLessThan(tb.c1!.y);
    const lr = placeNodes(graph, {}, sizeOf, "LR");
    expect(lr.e1!.x).toBeLessThan(lr.c1!.x);
    expect(lr.c1!.x).toBeLessThan(lr.c2!.x);
  });

  it("gives every node a position and ignores saved positions of nodes not in the graph", () => {
    const positions = placeNodes(graph, { gone: { x: 1, y: 2 }, e2: { x: 7, y: 8 } }, sizeOf, "LR");
    expect(Object.keys(positions).sort()).toEqual(["c1", "c2", "e1", "e2"]);
    expect(positions.e2).toEqual({ x: 7, y: 8 });
  });

  it("skips the layout when every node has a saved position", () => {
    const saved = Object.fromEntries(graph.nodes.map((node, i) => [node.id, { x: i * 10, y: -i }]));
    let sized = 0;
    const countingSizeOf = (node: TGraphNode) => {
      sized++;
      return sizeOf(node);
    };
    expect(placeNodes(graph, saved, countingSizeOf, "TB")).toEqual(saved);
    expect(sized).toBe(0);
  });

  it("returns copies, so moving a placed node does not change the saved positions", () => {
    const saved = { c2: { x: 3, y: 4 } };
    const positions = placeNodes(graph, saved, sizeOf, "TB");
    positions.c2!.x = 99;
    expect(saved.c2).toEqual({ x: 3, y: 4 });
  });
});
