import type { TBoardView } from "../board/types";
import { autoLayoutWithEngine } from "./auto-layout";
import { buildBoardGraph } from "./build-board-graph";
import { INSTANT_LAYOUT_MAX_ELEMENTS, layoutKey, layoutNodesKey, type TInitialLayout } from "./layout-keys";

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
