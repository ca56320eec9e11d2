// The layout for big connected parts: linear-time layered blocks, packed like lines of text
// (dagre's ranking and crossing reduction grow far faster than the graph; see auto-layout.ts).
import type { TBoardGraph, TGraphNode, TPoint } from "@/lib/graph/types";
import type { TGraphDirection } from "@/lib/schemas/vocabulary";
import { boxOf, NODE_GAP, packBoxes, ROW_GAP, sizeOfGraphNode, TARGET_ASPECT, type TBox } from "./layout-boxes";

const RANK_GAP = 90;
/** Barycentre sweeps (down, up, …) ordering nodes within their ranks. */
const ORDER_SWEEPS = 4;
/** A big part is cut into blocks of about this many nodes, in the article's order. */
const BLOCK_SIZE = 60;

/**
 * Each block's nodes with the edges of `graph` that have both ends in that block (in the graph's order), in one
 * pass over the edges: filtering every edge once per block cost blocks × edges (2.5 million checks at 10k nodes).
 */
function blockSubgraphs(graph: TBoardGraph, blocks: TGraphNode[][]): TBoardGraph[] {
  const blockOf = new Map<string, number>();
  blocks.forEach((nodes, block) => {
    for (const node of nodes) blockOf.set(node.id, block);
  });
  const parts: TBoardGraph[] = blocks.map((nodes) => ({ nodes, edges: [] }));
  for (const edge of graph.edges) {
    const block = blockOf.get(edge.source);
    if (block !== undefined && blockOf.get(edge.target) === block) parts[block]!.edges.push(edge);
  }
  return parts;
}

/**
 * The layout for a big connected part, in O((V + E) log V). Drawn as one
 * layered picture, a part of thousands of nodes would be a strip hundreds of
 * screens wide with edges crossing all of it. So the part is cut into blocks of
 * about BLOCK_SIZE nodes in the article's order (claims by their place in the
 * text, evidence by the average place of the claims it bears on); each block is
 * drawn layered (`layeredBlock`), and the blocks are packed like lines of text.
 * Most links join nearby claims, so most edges stay inside a block or between
 * neighbouring blocks.
 */
export function fastLayeredLayout(graph: TBoardGraph, direction: TGraphDirection): Record<string, TPoint> {
  const claimOrder = new Map<string, number>();
  for (const node of graph.nodes) if (node.type === "claim") claimOrder.set(node.id, claimOrder.size);
  const sum = new Map<string, number>();
  const count = new Map<string, number>();
  for (const edge of graph.edges) {
    for (const [self, other] of [
      [edge.source, edge.target],
      [edge.target, edge.source],
    ] as const) {
      const at = claimOrder.get(other);
      if (at === undefined || claimOrder.has(self)) continue;
      sum.set(self, (sum.get(self) ?? 0) + at);
      count.set(self, (count.get(self) ?? 0) + 1);
    }
  }
  const key = (node: TGraphNode, i: number): number => {
    const own = claimOrder.get(node.id);
    if (own !== undefined) return own;
    const n = count.get(node.id);
    // Evidence just before the claims it bears on; evidence bearing on none keeps its board order.
    return n ? (sum.get(node.id) ?? 0) / n - 0.5 : (i / graph.nodes.length) * claimOrder.size;
  };
  const ordered = graph.nodes.map((node, i) => ({ node, key: key(node, i), i }));
  ordered.sort((a, b) => a.key - b.key || a.i - b.i);

  const blockCount = Math.ceil(ordered.length / BLOCK_SIZE);
  const blockSize = Math.ceil(ordered.length / blockCount);
  const blocks: TGraphNode[][] = [];
  for (let start = 0; start < ordered.length; start += blockSize) blocks.push(ordered.slice(start, start + blockSize).map((entry) => entry.node));
  const boxes: TBox[] = blockSubgraphs(graph, blocks).map((block) => boxOf(layeredBlock(block, direction), block.nodes));
  return packBoxes(boxes);
}

/**
 * A layered drawing of a modest graph: cycles broken by depth-first search,
 * ranks by longest path to a sink (so evidence sits just above the claims it
 * bears on), order within each rank by a few barycentre sweeps starting from
 * board order, and ranks wider than a screen-shaped block folded into rows.
 */
export function layeredBlock(graph: TBoardGraph, direction: TGraphDirection): Record<string, TPoint> {
  const count = graph.nodes.length;
  if (count === 0) return {};
  const indexOf = new Map<string, number>();
  graph.nodes.forEach((node, i) => indexOf.set(node.id, i));

  const outgoing: number[][] = Array.from({ length: count }, () => []);
  const incoming: number[][] = Array.from({ length: count }, () => []);
  for (const edge of graph.edges) {
    const s = indexOf.get(edge.source);
    const t = indexOf.get(edge.target);
    if (s === undefined || t === undefined || s === t) continue;
    outgoing[s]!.push(t);
    incoming[t]!.push(s);
  }

  // 1. Break cycles: an edge that closes a cycle in a depth-first search is left out of the ranking.
  const state = new Uint8Array(count); // 0 new, 1 on the stack, 2 done
  const forward: number[][] = Array.from({ length: count }, () => []);
  const postOrder: number[] = [];
  const stackNode: number[] = [];
  const stackEdge: number[] = [];
  for (let root = 0; root < count; root++) {
    if (state[root] !== 0) continue;
    state[root] = 1;
    stackNode.push(root);
    stackEdge.push(0);
    while (stackNode.length > 0) {
      const top = stackNode.length - 1;
      const v = stackNode[top]!;
      const next = stackEdge[top]!;
      const targets = outgoing[v]!;
      if (next < targets.length) {
        stackEdge[top] = next + 1;
        const w = targets[next]!;
        if (state[w] === 1) continue; // closes a cycle
        forward[v]!.push(w);
        if (state[w] === 0) {
          state[w] = 1;
          stackNode.push(w);
          stackEdge.push(0);
        }
      } else {
        state[v] = 2;
        postOrder.push(v);
        stackNode.pop();
        stackEdge.pop();
      }
    }
  }

  // 2. Rank: sinks at 0, every other node one above its highest successor. Post-order
  // of the search visits every node after all its (forward) successors.
  const rank = new Int32Array(count);
  for (const v of postOrder) {
    let r = 0;
    for (const w of forward[v]!) r = Math.min(r, rank[w]! - 1);
    rank[v] = r;
  }
  let minRank = 0;
  for (let v = 0; v < count; v++) minRank = Math.min(minRank, rank[v]!);
  let maxRank = 0;
  for (let v = 0; v < count; v++) {
    rank[v] = rank[v]! - minRank;
    maxRank = Math.max(maxRank, rank[v]!);
  }
  // Nodes with no edges at all: evidence joins the top rank, claims the bottom one.
  for (let v = 0; v < count; v++) {
    if (outgoing[v]!.length === 0 && incoming[v]!.length === 0) {
      rank[v] = graph.nodes[v]!.type === "evidence" ? 0 : maxRank;
    }
  }

  // 3. Order within ranks: start from board order, then barycentre sweeps down and up.
  const ranks: number[][] = Array.from({ length: maxRank + 1 }, () => []);
  for (let v = 0; v < count; v++) ranks[rank[v]!]!.push(v);
  const place = new Float64Array(count); // where in its rank, 0…1
  const setPlaces = (members: number[]) => members.forEach((v, i) => (place[v] = (i + 0.5) / members.length));
  ranks.forEach(setPlaces);
  const sortKey = new Float64Array(count);
  for (let sweep = 0; sweep < ORDER_SWEEPS; sweep++) {
    const down = sweep % 2 === 0;
    const neighbours = down ? incoming : outgoing;
    for (let step = 0; step <= maxRank; step++) {
      const members = ranks[down ? step : maxRank - step]!;
      for (const v of members) {
        const around = neighbours[v]!;
        let total = 0;
        for (const w of around) total += place[w]!;
        sortKey[v] = around.length > 0 ? total / around.length : place[v]!;
      }
      members.sort((a, b) => sortKey[a]! - sortKey[b]! || place[a]! - place[b]!);
      setPlaces(members);
    }
  }

  // 4. Coordinates: each rank one row (a column in "LR"), folded into several
  // when it is wider than a screen-shaped block allows; rows centred on one axis.
  let maxWidth = 0;
  let maxHeight = 0;
  for (const node of graph.nodes) {
    const size = sizeOfGraphNode(node);
    maxWidth = Math.max(maxWidth, size.width);
    maxHeight = Math.max(maxHeight, size.height);
  }
  const horizontal = direction === "LR";
  const along = (horizontal ? maxHeight : maxWidth) + NODE_GAP;
  const across = (horizontal ? maxWidth : maxHeight) + ROW_GAP;
  const aspect = horizontal ? 1 / TARGET_ASPECT : TARGET_ASPECT;
  const perRow = Math.max(6, Math.round(Math.sqrt((aspect * count * across) / along)));

  const positions: Record<string, TPoint> = {};
  let depth = 0;
  for (const members of ranks) {
    if (members.length === 0) continue;
    for (let start = 0; start < members.length; start += perRow) {
      const row = members.slice(start, start + perRow);
      const rowLength = row.length * along - NODE_GAP;
      let rowDepth = 0;
      for (const v of row) {
        const size = sizeOfGraphNode(graph.nodes[v]!);
        rowDepth = Math.max(rowDepth, horizontal ? size.width : size.height);
      }
      row.forEach((v, i) => {
        const node = graph.nodes[v]!;
        const size = sizeOfGraphNode(node);
        const a = -rowLength / 2 + i * along + (along - NODE_GAP - (horizontal ? size.height : size.width)) / 2;
        const b = depth + (rowDepth - (horizontal ? size.width : size.height)) / 2;
        positions[node.id] = horizontal ? { x: b, y: a } : { x: a, y: b };
      });
      depth += rowDepth + ROW_GAP;
    }
    depth += RANK_GAP - ROW_GAP;
  }
  return boxOf(positions, graph.nodes).positions;
}
