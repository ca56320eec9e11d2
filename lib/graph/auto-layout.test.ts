import { describe, expect, it, vi } from "vitest";
import { buildBoardGraph } from "@/lib/graph/build-board-graph";
import type { TBoardGraph, TGraphEdge, TGraphNode, TPoint } from "@/lib/graph/types";
import {
  DAGRE_MAX_ELEMENTS,
  autoLayout,
  chooseLayoutEngine,
  autoLayoutWithEngine,
  placeGraphNodes,
  splitComponents,
} from "./auto-layout";
import { fastLayeredLayout } from "./layered-layout";
import { sizeOfGraphNode } from "./layout-boxes";
import { testBoard } from "../testing/test-board";

/** A board-like graph: evidence → nearby claims, some claim → claim relations, a few unlinked nodes. */
function bigGraph(claims: number, links: number, relations: number, seed = 7): TBoardGraph {
  let state = seed;
  const random = () => ((state = (state * 16807) % 2147483647) / 2147483647);
  const nodes: TGraphNode[] = [
    ...Array.from({ length: claims }, (_, i): TGraphNode => ({ id: `c${i}`, type: "claim", claimId: `c${i}` })),
    ...Array.from({ length: claims }, (_, i): TGraphNode => ({ id: `e${i}`, type: "evidence", evidenceId: `e${i}` })),
  ];
  const near = (i: number) => Math.min(claims - 1, Math.max(0, i + Math.round((random() * 2 - 1) * 20)));
  const edges: TGraphEdge[] = [];
  for (let k = 0; k < links; k++) {
    const home = Math.floor(random() * claims);
    edges.push({ id: `link:${k}`, source: `e${near(home)}`, target: `c${home}`, kind: "evidence", stance: "supports" });
  }
  for (let k = 0; k < relations; k++) {
    const from = Math.floor(random() * claims);
    edges.push({ id: `relation:${k}`, source: `c${from}`, target: `c${near(from)}`, kind: "relation", relationType: "attacks" });
  }
  return { nodes, edges };
}

function overlaps(graph: TBoardGraph, positions: Record<string, TPoint>): string[] {
  const boxes = graph.nodes.map((node) => ({ id: node.id, ...positions[node.id]!, ...sizeOfGraphNode(node) }));
  boxes.sort((a, b) => a.x - b.x);
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i]!;
    for (let j = i + 1; j < boxes.length && boxes[j]!.x < a.x + a.width; j++) {
      const b = boxes[j]!;
      if (b.y < a.y + a.height && a.y < b.y + b.height) found.push(`${a.id}/${b.id}`);
    }
  }
  return found;
}

describe("autoLayout", () => {
  const graph = buildBoardGraph(testBoard());

  it("places every node, without overlaps, evidence above the claims it bears on (TB)", () => {
    const positions = autoLayout(graph, "TB");
    expect(Object.keys(positions).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    expect(overlaps(graph, positions)).toEqual([]);
    expect(positions.e1!.y).toBeLessThan(positions.c1!.y);
    expect(positions.e2!.y).toBeLessThan(positions.c2!.y);
    expect(positions.c1!.y).toBeLessThan(positions.c3!.y); // c1 supports c3
  });

  it("puts evidence to the left of its claims in LR", () => {
    const positions = autoLayout(graph, "LR");
    expect(positions.e1!.x).toBeLessThan(positions.c1!.x);
    expect(overlaps(graph, positions)).toEqual([]);
  });

  it("lays a big graph out quickly with the fast layered layout, without overlaps and mostly downward", () => {
    const big = bigGraph(1000, 3000, 500);
    const { positions, engine } = autoLayoutWithEngine(big, "TB");
    expect(engine).toBe("layered-fast");
    expect(Object.keys(positions)).toHaveLength(2000);
    expect(overlaps(big, positions)).toEqual([]);
    const downward = big.edges.filter((e) => positions[e.source]!.y < positions[e.target]!.y).length;
    expect(downward / big.edges.length).toBeGreaterThan(0.9);
    // Packed roughly screen-shaped, not a strip.
    const xs = Object.values(positions).map((p) => p.x);
    const ys = Object.values(positions).map((p) => p.y);
    const aspect = (Math.max(...xs) - Math.min(...xs)) / (Math.max(...ys) - Math.min(...ys));
    expect(aspect).toBeGreaterThan(0.5);
    expect(aspect).toBeLessThan(4);
  });

  it("handles cycles and self-loops", () => {
    const cyclic: TBoardGraph = {
      nodes: ["a", "b", "c"].map((id): TGraphNode => ({ id, type: "claim" })),
      edges: [
        { id: "1", source: "a", target: "b", kind: "relation" },
        { id: "2", source: "b", target: "c", kind: "relation" },
        { id: "3", source: "c", target: "a", kind: "relation" },
        { id: "4", source: "a", target: "a", kind: "relation" },
      ],
    };
    for (const positions of [fastLayeredLayout(cyclic, "TB"), autoLayout(cyclic, "LR")]) {
      expect(Object.keys(positions).sort()).toEqual(["a", "b", "c"]);
      expect(overlaps(cyclic, positions)).toEqual([]);
    }
  });

  it("returns nothing for an empty graph", () => {
    expect(autoLayout({ nodes: [], edges: [] }, "TB")).toEqual({});
  });
});

describe("splitComponents and engine choice", () => {
  it("splits connected parts, biggest first, and gathers unlinked nodes", () => {
    const { parts, loose } = splitComponents(buildBoardGraph(testBoard()));
    expect(parts).toHaveLength(1);
    expect(parts[0]!.nodes.map((n) => n.id).sort()).toEqual(["c1", "c2", "c3", "e1", "e2"]);
    expect(loose.map((n) => n.id)).toEqual(["e3"]);
  });

  it("uses dagre for small parts only", () => {
    const small = bigGraph(20, 30, 5);
    expect(chooseLayoutEngine(small)).toBe("dagre");
    const large = bigGraph(DAGRE_MAX_ELEMENTS, DAGRE_MAX_ELEMENTS, 0);
    expect(chooseLayoutEngine(large)).toBe("layered-fast");
  });
});

describe("placeGraphNodes", () => {
  const graph = buildBoardGraph(testBoard());

  it("lets saved positions win", () => {
    const positions = placeGraphNodes(graph, { c1: { x: -100, y: -200 } }, "TB");
    expect(positions.c1).toEqual({ x: -100, y: -200 });
    expect(Object.keys(positions)).toHaveLength(graph.nodes.length);
  });

  it("skips the layout when every node has a saved position", () => {
    const saved = Object.fromEntries(graph.nodes.map((n, i) => [n.id, { x: i, y: i }]));
    const layout = vi.fn(() => ({}));
    expect(placeGraphNodes(graph, saved, "TB", layout)).toEqual(saved);
    expect(layout).not.toHaveBeenCalled();
  });
});
