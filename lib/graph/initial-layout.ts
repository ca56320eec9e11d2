import type { TBoardView } from "../board/types";
import { autoLayoutWithEngine, layoutKey, layoutNodesKey } from "./auto-layout";
import { buildBoardGraph } from "./build-board-graph";
import type { TPoint } from "./types";

/**
 * Up to this many nodes + edges a graph is laid out at once where it is needed: by the server for a board's graph
 * page, or on the browser's main thread. Above it the browser's layout worker takes it (components/graph).
 */
export const INSTANT_LAYOUT_MAX_ELEMENTS = 200;

/** An automatic layout made before the page reached the browser, for the node set `nodesKey` names. */
export type TInitialLayout = { nodesKey: string; positions: Record<string, TPoint> };

/**
 * The last layouts made, by layoutKey: dagre is ~30 ms of a server's CPU per graph page of the Basra board (and its
 * garbage ~10 ms more), the same for every reader until the graph changes. Oldest out first.
 */
const recent = new Map<string, TInitialLayout>();
const RECENT_LAYOUTS = 32;

/**
 * The automatic layout of a small board's whole, unfiltered graph, when some node has no saved position; otherwise
 * null. The graph page sends it with the board, so the browser draws the graph without laying it out first.
 */
export function initialGraphLayout(
  board: Pick<TBoardView, "claims" | "evidence" | "links" | "relations" | "positions" | "graphDirection">,
): TInitialLayout | null {
  const graph = buildBoardGraph(board);
  if (graph.nodes.length + graph.edges.length > INSTANT_LAYOUT_MAX_ELEMENTS) return null;
  if (graph.nodes.every((node) => Object.hasOwn(board.positions, node.id))) return null;
  const key = layoutKey(graph, board.graphDirection);
  const known = recent.get(key);
  if (known) {
    // Seen again: the newest now.
    recent.delete(key);
    recent.set(key, known);
    return known;
  }
  const layout = { nodesKey: layoutNodesKey(graph, board.graphDirection), positions: autoLayoutWithEngine(graph, board.graphDirection).positions };
  recent.set(key, layout);
  if (recent.size > RECENT_LAYOUTS) recent.delete(recent.keys().next().value!);
  return layout;
}
