import dagre from "@dagrejs/dagre";
import type { TGraphDirection } from "../schemas/vocabulary";
import type { TPoint } from "./types";

export type TLayoutNode = { id: string; width: number; height: number };
export type TLayoutEdge = { source: string; target: string };

const RANK_SEPARATION = 90;
const NODE_SEPARATION = 40;
const EDGE_SEPARATION = 20;

// dagre's best settings are superlinear: network-simplex ranking took over 10
// minutes for 2,000 nodes and 3,000 edges, the crossing-reduction sweeps over
// 2 s. Big graphs trade some tidiness for an interactive layout.
const LAYOUT_TIERS = [
  { maxNodes: 150, ranker: "network-simplex", reduceCrossings: true },
  { maxNodes: 600, ranker: "tight-tree", reduceCrossings: true },
  { maxNodes: Number.POSITIVE_INFINITY, ranker: "longest-path", reduceCrossings: false },
] as const;

/**
 * Layered (Sugiyama) layout: edges point down in "TB" and right in "LR".
 * Returns each node's top-left corner, as React Flow positions nodes.
 */
export function layoutGraph(
  nodes: TLayoutNode[],
  edges: TLayoutEdge[],
  direction: TGraphDirection,
): Record<string, TPoint> {
  const tier = LAYOUT_TIERS.find((candidate) => nodes.length <= candidate.maxNodes)!;
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({
    rankdir: direction,
    ranker: tier.ranker,
    ranksep: RANK_SEPARATION,
    nodesep: NODE_SEPARATION,
    edgesep: EDGE_SEPARATION,
  });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of nodes) graph.setNode(node.id, { width: node.width, height: node.height });
  for (const edge of edges) {
    // dagre would invent size-less nodes for unknown ends; self-loops add nothing to the layout.
    if (edge.source === edge.target || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.setEdge(edge.source, edge.target);
  }

  dagre.layout(graph, { disableOptimalOrderHeuristic: !tier.reduceCrossings });

  const positions: Record<string, TPoint> = {};
  for (const node of nodes) {
    const { x, y } = graph.node(node.id);
    positions[node.id] = { x: x - node.width / 2, y: y - node.height / 2 };
  }
  return positions;
}
