// Automatic positions for the graph view (and the graph endpoint), with no React
// in it. Each connected part of the graph is laid out on its own: by lib/graph's
// dagre layout while it is small, by a linear-time layered layout when it is big,
// because dagre's ranking and crossing reduction grow far faster than the graph
// (on the benchmark's 2,000-node board it runs for minutes; see DAGRE_MAX_ELEMENTS).
// The parts are then packed into a roughly screen-shaped drawing. Edges point
// down ("TB") or right ("LR").
import { layoutGraph } from "@/lib/graph/layout-graph";
import type { TBoardGraph, TGraphNode, TNodeSize, TPoint } from "@/lib/graph/types";
import type { TGraphDirection } from "@/lib/schemas/vocabulary";

/** Node boxes; the CSS gives the nodes exactly these sizes, so the layout and the drawing agree. */
export const CLAIM_NODE_SIZE: TNodeSize = { width: 260, height: 128 };
export const EVIDENCE_NODE_SIZE: TNodeSize = { width: 236, height: 104 };

export function sizeOfGraphNode(node: Pick<TGraphNode, "type">): TNodeSize {
  return node.type === "claim" ? CLAIM_NODE_SIZE : EVIDENCE_NODE_SIZE;
}

/**
 * Up to this many nodes + edges in a connected part, dagre lays it out.
 * dagre 3.1 on 2 cores: the seeded Basra board (83 nodes + 76 edges) ≈ 40 ms;
 * synthetic boards of 100 + 175 ≈ 270 ms, 200 + 350 ≈ 600 ms; 600 + 1,800
 * (random links) ≈ 8.5 s; 2,000 + 3,500 did not finish in 12 minutes.
 */
export const DAGRE_MAX_ELEMENTS = 300;

const RANK_GAP = 90;
const NODE_GAP = 40;
const ROW_GAP = 36;
/** Gap between separately laid out parts (connected parts, or the blocks of a big part). */
const PART_GAP = 140;
/** Width ÷ height the packed drawing aims for (a landscape screen). */
const TARGET_ASPECT = 1.6;
/** Barycentre sweeps (down, up, …) ordering nodes within their ranks. */
const ORDER_SWEEPS = 4;
/** A big part is cut into blocks of about this many nodes, in the article's order. */
const BLOCK_SIZE = 60;

export type TLayoutEngine = "dagre" | "layered-fast";

/** Which layout a connected part gets: dagre while it is small enough to be quick. */
export function chooseLayoutEngine(part: { nodes: unknown[]; edges: unknown[] }): TLayoutEngine {
  return part.nodes.length + part.edges.length <= DAGRE_MAX_ELEMENTS ? "dagre" : "layered-fast";
}

/** The edges of `graph` with both ends in `nodes`, as a graph. */
function subgraph(graph: TBoardGraph, nodes: TGraphNode[]): TBoardGraph {
  const ids = new Set(nodes.map((node) => node.id));
  return { nodes, edges: graph.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target)) };
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


type TBox = { positions: Record<string, TPoint>; width: number; height: number };

/** Positions moved so the nodes' bounding box starts at (0, 0), with its size. */
function boxOf(positions: Record<string, TPoint>, nodes: TGraphNode[]): TBox {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of nodes) {
    const at = positions[node.id];
    if (!at) continue;
    const size = sizeOfGraphNode(node);
    minX = Math.min(minX, at.x);
    minY = Math.min(minY, at.y);
    maxX = Math.max(maxX, at.x + size.width);
    maxY = Math.max(maxY, at.y + size.height);
  }
  if (minX === Infinity) return { positions: {}, width: 0, height: 0 };
  const shifted: Record<string, TPoint> = {};
  for (const node of nodes) {
    const at = positions[node.id];
    if (at) shifted[node.id] = { x: at.x - minX, y: at.y - minY };
  }
  return { positions: shifted, width: maxX - minX, height: maxY - minY };
}

/** Unlinked nodes in a grid: evidence first, then claims, each in board order. */
function gridOf(nodes: TGraphNode[]): TBox {
  const ordered = [...nodes.filter((n) => n.type === "evidence"), ...nodes.filter((n) => n.type === "claim")];
  const cellWidth = Math.max(CLAIM_NODE_SIZE.width, EVIDENCE_NODE_SIZE.width) + NODE_GAP;
  const cellHeight = Math.max(CLAIM_NODE_SIZE.height, EVIDENCE_NODE_SIZE.height) + ROW_GAP;
  const columns = Math.max(
    1,
    Math.min(ordered.length, Math.round(Math.sqrt((ordered.length * TARGET_ASPECT * cellHeight) / cellWidth))),
  );
  const positions: Record<string, TPoint> = {};
  ordered.forEach((node, i) => {
    positions[node.id] = { x: (i % columns) * cellWidth, y: Math.floor(i / columns) * cellHeight };
  });
  return boxOf(positions, ordered);
}

/** Shelf packing, in the given order: a new row when the next box would pass the target width. */
function packBoxes(boxes: TBox[]): Record<string, TPoint> {
  if (boxes.length === 1) return boxes[0]!.positions;
  let area = 0;
  let widest = 0;
  for (const box of boxes) {
    area += (box.width + PART_GAP) * (box.height + PART_GAP);
    widest = Math.max(widest, box.width);
  }
  const rowWidth = Math.max(widest, Math.sqrt(area * TARGET_ASPECT));
  const positions: Record<string, TPoint> = {};
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const box of boxes) {
    if (x > 0 && x + box.width > rowWidth) {
      x = 0;
      y += rowHeight + PART_GAP;
      rowHeight = 0;
    }
    for (const id in box.positions) {
      const at = box.positions[id]!;
      positions[id] = { x: at.x + x, y: at.y + y };
    }
    x += box.width + PART_GAP;
    rowHeight = Math.max(rowHeight, box.height);
  }
  return positions;
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

/** What a fresh layout depends on besides edges: direction and node ids and types (not labels or verdicts). */
export function layoutNodesKey(graph: TBoardGraph, direction: TGraphDirection): string {
  const parts: string[] = [direction];
  for (const node of graph.nodes) parts.push(node.type === "claim" ? `c${node.id}` : `e${node.id}`);
  return parts.join(" ");
}

export type TLayoutCache = (graph: TBoardGraph, direction: TGraphDirection, generation?: number) => Record<string, TPoint>;

/**
 * Remembers the last automatic layout. An edit that leaves the set of nodes
 * alone (a verdict, a title, a stance, and also a new or removed link, so that
 * linking evidence does not send every node somewhere else) gets it back as it
 * was. A change of nodes (added, deleted, filtered), of direction, or of
 * `generation` (the Re-layout button) lays the graph out afresh.
 */
export function createLayoutCache(
  layout: (graph: TBoardGraph, direction: TGraphDirection) => Record<string, TPoint> = autoLayout,
): TLayoutCache {
  let lastKey: string | null = null;
  let lastPositions: Record<string, TPoint> = {};
  return (graph, direction, generation = 0) => {
    const key = `${generation} ${layoutNodesKey(graph, direction)}`;
    if (key !== lastKey) {
      lastPositions = layout(graph, direction);
      lastKey = key;
    }
    return lastPositions;
  };
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
  const boxes: TBox[] = [];
  for (let start = 0; start < ordered.length; start += blockSize) {
    const nodes = ordered.slice(start, start + blockSize).map((entry) => entry.node);
    boxes.push(boxOf(layeredBlock(subgraph(graph, nodes), direction), nodes));
  }
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
