// What the graph view draws of a board's graph: the focused neighbourhood, less the subtrees of
// collapsed claims, each replaced by a summary. Pure. The view lays a focused neighbourhood out on
// its own, compactly (the whole board's positions scatter it); collapsing moves nothing.
import { collapsedSubtree, neighbourhood, type TEdgePolarity } from "./argument-shape";
import type { TBoardGraph, TGraphEdge } from "./types";

export type TCollapsedSummary = {
  /** The collapsed claim, which stays in view. */
  root: string;
  hidden: string[];
  counts: Record<TEdgePolarity, number>;
  /** The edge each hidden node leaves by, for naming the strongest of them. */
  firstEdge: Map<string, TGraphEdge>;
};

function subgraph(graph: TBoardGraph, keep: (id: string) => boolean): TBoardGraph {
  return {
    nodes: graph.nodes.filter((node) => keep(node.id)),
    edges: graph.edges.filter((edge) => keep(edge.source) && keep(edge.target)),
  };
}

export function shownGraph(
  graph: TBoardGraph,
  focus: { centre: string | null; hops: number },
  collapsed: ReadonlySet<string>,
): {
  graph: TBoardGraph;
  summaries: TCollapsedSummary[];
  focusFound: boolean;
  /** The focused neighbourhood before anything in it is collapsed (what its layout places); null out of focus. */
  neighbourhood: TBoardGraph | null;
} {
  const ids = new Set(graph.nodes.map((node) => node.id));
  const focusFound = focus.centre !== null && ids.has(focus.centre);
  let shown = graph;
  if (focusFound) {
    const near = neighbourhood(graph, focus.centre!, focus.hops);
    shown = subgraph(graph, (id) => near.has(id));
  }
  const focused = focusFound ? shown : null;
  if (collapsed.size === 0) return { graph: shown, summaries: [], focusFound, neighbourhood: focused };
  const hidden = new Set<string>();
  const candidates: TCollapsedSummary[] = [];
  for (const node of shown.nodes) {
    if (node.type !== "claim" || !collapsed.has(node.id)) continue;
    const subtree = collapsedSubtree(shown, node.id);
    if (focusFound) subtree.hidden.delete(focus.centre!); // the focus itself always shows
    if (subtree.hidden.size === 0) continue;
    for (const id of subtree.hidden) hidden.add(id);
    candidates.push({ root: node.id, hidden: [...subtree.hidden], counts: subtree.counts, firstEdge: subtree.firstEdge });
  }
  // A collapsed claim inside another's collapsed subtree is hidden with it, summary and all.
  const summaries = candidates.filter((summary) => !hidden.has(summary.root));
  return { graph: subgraph(shown, (id) => !hidden.has(id)), summaries, focusFound, neighbourhood: focused };
}
