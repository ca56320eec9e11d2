// Reading the shape of an argument graph: its main conclusions, a claim's neighbourhood, and the
// subtree a collapsed claim hides. Pure functions over TBoardGraph; no React here.
import type { TBoardGraph, TGraphEdge } from "./types";

/**
 * The article's main conclusions: claims that other claims support or attack, and that themselves
 * support or attack no claim (where the argument ends), the most argued-over first. With no claim
 * relations at all, the claims with the most evidence links stand in (up to `fallbackCount`).
 */
export function mainConclusions(graph: TBoardGraph, fallbackCount = 3): string[] {
  const claims = new Set(graph.nodes.filter((n) => n.type === "claim").map((n) => n.id));
  const argues = new Set<string>();
  const argued = new Map<string, number>();
  const linkCount = new Map<string, number>();
  for (const edge of graph.edges) {
    if (edge.kind === "relation") {
      argues.add(edge.source);
      argued.set(edge.target, (argued.get(edge.target) ?? 0) + 1);
    } else {
      linkCount.set(edge.target, (linkCount.get(edge.target) ?? 0) + 1);
    }
  }
  const ends = [...claims]
    .filter((id) => argued.has(id) && !argues.has(id))
    .sort((a, b) => argued.get(b)! - argued.get(a)!);
  if (ends.length > 0) return ends;
  return [...claims]
    .filter((id) => (linkCount.get(id) ?? 0) > 0)
    .sort((a, b) => (linkCount.get(b) ?? 0) - (linkCount.get(a) ?? 0))
    .slice(0, fallbackCount);
}

/** Every node within `hops` edges of `centre`, either direction, the centre included. */
export function neighbourhood(graph: TBoardGraph, centre: string, hops: number): Set<string> {
  const around = new Map<string, string[]>();
  const add = (a: string, b: string) => (around.get(a) ?? around.set(a, []).get(a)!).push(b);
  for (const edge of graph.edges) {
    add(edge.source, edge.target);
    add(edge.target, edge.source);
  }
  const seen = new Set([centre]);
  let ring = [centre];
  for (let hop = 0; hop < hops && ring.length > 0; hop++) {
    const next: string[] = [];
    for (const id of ring) {
      for (const other of around.get(id) ?? []) {
        if (seen.has(other)) continue;
        seen.add(other);
        next.push(other);
      }
    }
    ring = next;
  }
  return seen;
}

export type TEdgePolarity = "supporting" | "disputing" | "context";

export function edgePolarity(edge: Pick<TGraphEdge, "kind" | "stance" | "relationType">): TEdgePolarity {
  if (edge.kind === "relation") return edge.relationType === "attacks" ? "disputing" : "supporting";
  return edge.stance === "supports" ? "supporting" : edge.stance === "disputes" ? "disputing" : "context";
}

/**
 * What collapsing `root` hides: the nodes whose every path onwards runs into `root` (its incoming
 * subtree, less anything that also bears on the rest of the graph), and the edges touching them.
 * `polarity` counts each hidden node by the edge it leaves by (the first, in board order).
 */
export function collapsedSubtree(
  graph: TBoardGraph,
  root: string,
): { hidden: Set<string>; counts: Record<TEdgePolarity, number>; firstEdge: Map<string, TGraphEdge> } {
  const incoming = new Map<string, TGraphEdge[]>();
  const outgoing = new Map<string, TGraphEdge[]>();
  for (const edge of graph.edges) {
    (incoming.get(edge.target) ?? incoming.set(edge.target, []).get(edge.target)!).push(edge);
    (outgoing.get(edge.source) ?? outgoing.set(edge.source, []).get(edge.source)!).push(edge);
  }
  // Everything upstream of the root…
  const upstream = new Set<string>();
  const stack = [root];
  while (stack.length > 0) {
    for (const edge of incoming.get(stack.pop()!) ?? []) {
      if (edge.source === root || upstream.has(edge.source)) continue;
      upstream.add(edge.source);
      stack.push(edge.source);
    }
  }
  // …less what also leads elsewhere, repeated until nothing more leaves.
  let changed = true;
  while (changed) {
    changed = false;
    for (const id of upstream) {
      const leaks = (outgoing.get(id) ?? []).some((edge) => edge.target !== root && !upstream.has(edge.target));
      if (leaks) {
        upstream.delete(id);
        changed = true;
      }
    }
  }
  const counts: Record<TEdgePolarity, number> = { supporting: 0, disputing: 0, context: 0 };
  const firstEdge = new Map<string, TGraphEdge>();
  for (const id of upstream) {
    const edge = (outgoing.get(id) ?? [])[0];
    if (!edge) continue;
    firstEdge.set(id, edge);
    counts[edgePolarity(edge)]++;
  }
  return { hidden: upstream, counts, firstEdge };
}
