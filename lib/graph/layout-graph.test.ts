import { describe, expect, it } from "vitest";
import { layoutGraph } from "./layout-graph";

const nodes = [
  { id: "evidence", width: 200, height: 80 },
  { id: "claim", width: 260, height: 120 },
  { id: "conclusion", width: 260, height: 120 },
  { id: "loose", width: 100, height: 50 },
];
const edges = [
  { source: "evidence", target: "claim" },
  { source: "claim", target: "conclusion" },
];

function overlaps(
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe("layoutGraph", () => {
  it("puts edge sources above their targets in TB", () => {
    const positions = layoutGraph(nodes, edges, "TB");
    expect(positions.evidence!.y + 80).toBeLessThan(positions.claim!.y);
    expect(positions.claim!.y + 120).toBeLessThan(positions.conclusion!.y);
  });

  it("puts edge sources left of their targets in LR", () => {
    const positions = layoutGraph(nodes, edges, "LR");
    expect(positions.evidence!.x + 200).toBeLessThan(positions.claim!.x);
    expect(positions.claim!.x + 260).toBeLessThan(positions.conclusion!.x);
  });

  it("returns top-left corners: a chain's centres line up even with different widths", () => {
    const positions = layoutGraph(nodes.slice(0, 2), edges.slice(0, 1), "TB");
    expect(positions.evidence!.x + 200 / 2).toBeCloseTo(positions.claim!.x + 260 / 2);
    expect(positions.evidence!.x).not.toBeCloseTo(positions.claim!.x);
  });

  it("places every node without overlaps, including unconnected ones", () => {
    const positions = layoutGraph(nodes, edges, "TB");
    expect(Object.keys(positions).sort()).toEqual(["claim", "conclusion", "evidence", "loose"]);
    const boxes = nodes.map((node) => ({ ...positions[node.id]!, width: node.width, height: node.height }));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
    }
  });

  it("survives cycles, self-loops and edges to unknown nodes", () => {
    const positions = layoutGraph(
      nodes,
      [...edges, { source: "conclusion", target: "evidence" }, { source: "loose", target: "loose" }, { source: "claim", target: "ghost" }],
      "TB",
    );
    expect(Object.keys(positions).sort()).toEqual(["claim", "conclusion", "evidence", "loose"]);
    for (const position of Object.values(positions)) {
      expect(Number.isFinite(position.x) && Number.isFinite(position.y)).toBe(true);
    }
  });

  // One size per dagre settings tier, each an acyclic board-like graph.
  it.each([120, 400, 700])("keeps edges pointing down without overlaps for %i nodes", (size) => {
    const claimCount = Math.floor(size / 3);
    const big = Array.from({ length: size }, (_, i) =>
      i < claimCount ? { id: `c${i}`, width: 280, height: 120 } : { id: `e${i}`, width: 220, height: 80 },
    );
    const bigEdges = big.slice(claimCount).flatMap((node, i) => [
      { source: node.id, target: `c${(i * 7) % claimCount}` },
      { source: node.id, target: `c${(i * 13 + 5) % claimCount}` },
    ]);
    const half = Math.floor(claimCount / 2);
    for (let i = 0; i < half; i += 2) bigEdges.push({ source: `c${i}`, target: `c${i + half}` });

    const positions = layoutGraph(big, bigEdges, "TB");
    const byId = new Map(big.map((node) => [node.id, { ...positions[node.id]!, width: node.width, height: node.height }]));
    for (const edge of bigEdges) {
      const source = byId.get(edge.source)!;
      expect(source.y + source.height).toBeLessThan(byId.get(edge.target)!.y);
    }
    const boxes = [...byId.values()];
    let overlapping = 0;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i]!, boxes[j]!)) overlapping++;
    }
    expect(overlapping).toBe(0);
  });

  it("lays out an empty graph as nothing", () => {
    expect(layoutGraph([], [], "LR")).toEqual({});
  });
});
