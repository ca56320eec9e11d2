// Automatic positions for the graph view (and the graph endpoint), with no React
// in it. Each connected part of the graph is laid out on its own: by lib/graph's
// dagre layout while it is small, by a linear-time layered layout when it is big,
// because dagre's ranking and crossing reduction grow far faster than the graph
// (on the benchmark's 2,000-node board it runs for minutes; see DAGRE_MAX_ELEMENTS).
// The parts are then packed into a roughly screen-shaped drawing. Edges point
// down ("TB") or right ("LR").
import { layoutGraph } from "@/lib/graph/layout-graph";
import type { TBoardGraph, TGraphNode, TPoint } from "@/lib/graph/types";
import type { TGraphDirection } from "@/lib/schemas/vocabulary";
import { fastLayeredLayout } from "./layered-layout";
import { boxOf, gridOf, packBoxes, sizeOfGraphNode } from "./layout-boxes";

/**
 * Up to this many nodes + edges in a connected part, dagre lays it out.
 * dagre 3.1 on 2 cores: the seeded Basra board (83 nodes + 76 edges) ≈ 40 ms;
 * synthetic boards of 100 + 175 ≈ 270 ms, 200 + 350 ≈ 600 ms; 600 + 1,800
 * (random links) ≈ 8.5 s; 2,000 + 3,500 did not finish in 12 minutes.
 */
export const DAGRE_MAX_ELEMENTS = 300;

export type TLayoutEngine = "dagre" | "layered-fast";

/** Which layout a connected part gets: dagre while it is small enough to be quick. */
export function chooseLayoutEngine(part: { nodes: unknown[]; edges: unknown[] }): TLayoutEngine {
  return part.nodes.length + part.edges.length <= DAGRE_MAX_ELEMENTS ? "dagre" : "layered-fast";
}

/**
 * The graph's connected parts, biggest first (ties in board order); nodes with
 * no edges at all are gathered in `loose` rather than each being a part.
 */
export function splitComponents(graph: TBoardGraph): { parts: TBoardGraph[]; loose: TGraphNode[] } {
  const index = new Map<string, number>();
  graph.nodes.forEach((node, i) => index.set(node.id, i));
  const parent = graph.nodes.map((_, i) => i);
  const find = (start: number): number => {
    let root = start;
    while (parent[root] !== root) root = parent[root]!;
    let i = start;
    while (parent[i] !== root) {
      const next = parent[i]!;
      parent[i] = root;
      i = next;
    }
    return root;
  };
  const known: TBoardGraph["edges"] = [];
  for (const edge of graph.edges) {
    const s = index.get(edge.source);
    const t = index.get(edge.target);
    if (s === undefined || t === undefined) continue;
    known.push(edge);
    if (s !== t) parent[find(s)] = find(t);
  }
  const byRoot = new Map<number, TBoardGraph>();
  graph.nodes.forEach((node, i) => {
    const root = find(i);
    let part = byRoot.get(root);
    if (!part) {
      part = { nodes: [], edges: [] };
      byRoot.set(root, part);
    }
    part.nodes.push(node);
  });
  for (const edge of known) byRoot.get(find(index.get(edge.source)!))!.edges.push(edge);
  const parts: TBoardGraph[] = [];
  const loose: TGraphNode[] = [];
  for (const part of byRoot.values()) {
    if (part.nodes.length === 1 && part.edges.length === 0) loose.push(part.nodes[0]!);
    else parts.push(part);
  }
  // The map keeps first-seen order, so the stable sort leaves equal parts in board order.
  parts.sort((a, b) => b.nodes.length - a.nodes.length);
  return { parts, loose };
}

function layoutPart(part: TBoardGraph, direction: TGraphDirection): Record<string, TPoint> {
  return chooseLayoutEngine(part) === "dagre"
    ? layoutGraph(
        part.nodes.map((node) => ({ id: node.id, ...sizeOfGraphNode(node) })),
        part.edges,
        direction,
      )
    : fastLayeredLayout(part, direction);
}

/**
 * Automatic top-left positions for every node of the graph, ignoring saved ones:
 * each connected part laid out on its own, then the parts (biggest first) and a
 * grid of unlinked nodes packed in rows, so the drawing is roughly screen-shaped
 * rather than one long strip.
 */
export function autoLayout(graph: TBoardGraph, direction: TGraphDirection): Record<string, TPoint> {
  return autoLayoutWithEngine(graph, direction).positions;
}

/**
 * autoLayout, also naming the engine of the biggest part (what decides how
 * long the layout takes), from the same split into parts.
 */
export function autoLayoutWithEngine(
  graph: TBoardGraph,
  direction: TGraphDirection,
): { positions: Record<string, TPoint>; engine: TLayoutEngine } {
  const { parts, loose } = splitComponents(graph);
  const engine = parts[0] ? chooseLayoutEngine(parts[0]) : "dagre";
  if (graph.nodes.length === 0) return { positions: {}, engine };
  const boxes = parts.map((part) => boxOf(layoutPart(part, direction), part.nodes));
  if (loose.length > 0) boxes.push(gridOf(loose));
  return { positions: packBoxes(boxes), engine };
}

/** Saved positions win; every other node goes where the automatic layout puts it. */
export function placeGraphNodes(
  graph: TBoardGraph,
  saved: Record<string, TPoint>,
  direction: TGraphDirection,
  layout: (graph: TBoardGraph, direction: TGraphDirection) => Record<string, TPoint> = autoLayout,
): Record<string, TPoint> {
  const unsaved = graph.nodes.some((node) => !Object.hasOwn(saved, node.id));
  const laidOut = unsaved ? layout(graph, direction) : {};
  const positions: Record<string, TPoint> = {};
  for (const node of graph.nodes) {
    const position = Object.hasOwn(saved, node.id) ? saved[node.id] : laidOut[node.id];
    if (position) positions[node.id] = { x: position.x, y: position.y };
  }
  return positions;
}
