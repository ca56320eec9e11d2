import type { TGraphDirection } from "../schemas/vocabulary";
import { layoutGraph } from "./layout-graph";
import type { TBoardGraph, TGraphNode, TNodeSize, TPoint } from "./types";

/**
 * A position for every node: where the user left it if saved, otherwise where
 * an automatic layout of the whole graph puts it.
 */
export function placeNodes(
  graph: TBoardGraph,
  saved: Record<string, TPoint>,
  sizeOf: (node: TGraphNode) => TNodeSize,
  direction: TGraphDirection,
): Record<string, TPoint> {
  const positions: Record<string, TPoint> = {};
  const unsaved = graph.nodes.filter((node) => !Object.hasOwn(saved, node.id));
  // Layout is the expensive part; skip it when every node has a saved place.
  const laidOut =
    unsaved.length === 0
      ? {}
      : layoutGraph(
          graph.nodes.map((node) => ({ id: node.id, ...sizeOf(node) })),
          graph.edges,
          direction,
        );
  for (const node of graph.nodes) {
    const position = Object.hasOwn(saved, node.id) ? saved[node.id] : laidOut[node.id];
    if (position) positions[node.id] = { x: position.x, y: position.y };
  }
  return positions;
}
