// What names a layout, and which graphs are laid out at once: light enough for the graph page's first load, which
// does not load the layouts themselves (dagre; see components/graph/use-auto-layout.ts).
import type { TBoardGraph, TPoint } from "./types";
import type { TGraphDirection } from "../schemas/vocabulary";

/**
 * Up to this many nodes + edges a graph is laid out at once where it is needed: by the server for a board's graph
 * page, or on the browser's main thread. Above it the browser's layout worker takes it (components/graph).
 */
export const INSTANT_LAYOUT_MAX_ELEMENTS = 200;

/** An automatic layout made before the page reached the browser, for the node set `nodesKey` names. */
export type TInitialLayout = { nodesKey: string; positions: Record<string, TPoint> };

/** What a fresh layout depends on besides edges: direction and node ids and types (not labels or verdicts). */
export function layoutNodesKey(graph: TBoardGraph, direction: TGraphDirection): string {
  const parts: string[] = [direction];
  for (const node of graph.nodes) parts.push(node.type === "claim" ? `c${node.id}` : `e${node.id}`);
  return parts.join(" ");
}

/** Everything autoLayout's result depends on: the nodes key and each edge's ends, in order. Equal keys, equal layouts. */
export function layoutKey(graph: TBoardGraph, direction: TGraphDirection): string {
  return `${layoutNodesKey(graph, direction)} | ${graph.edges.map((edge) => `${edge.source}>${edge.target}`).join(" ")}`;
}
