// Undercuts and premise groups drawn over the claim–evidence graph. An undercut
// attacks an edge, and React Flow joins nodes only, so each undercut edge gets a
// small anchor node on the curve of the edge it undercuts; a premise group gets
// a "together" junction node that its premises join and that points at the target.
import type { TBoardView } from "../board/types";
import type { TGraphDirection, TRelationType } from "../schemas/vocabulary";
import type { TBoardGraph, TNodeSize, TPoint } from "./types";

export const UNDERCUT_ANCHOR_SIZE: TNodeSize = { width: 26, height: 26 };
export const PREMISE_JUNCTION_SIZE: TNodeSize = { width: 88, height: 26 };
/** Where on the undercut edge its anchor sits: past the edge's word (drawn at the middle), towards the target. */
const ANCHOR_AT = 0.72;
/** How far from the premises towards the target the junction sits. */
const JUNCTION_AT = 0.55;

export type TNodeBox = TPoint & TNodeSize;

export type TUndercutAnchor = { id: string; edgeId: string; claimId: string; position: TPoint; undercutIds: string[] };
export type TPremiseJunction = { id: string; groupId: string; toClaimId: string; type: TRelationType; premiseCount: number; position: TPoint };
export type TArgumentEdge =
  | { id: string; kind: "undercut"; source: string; target: string; undercutId: string }
  | { id: string; kind: "premise"; source: string; target: string; groupId: string; type: TRelationType }
  | { id: string; kind: "premise-target"; source: string; target: string; groupId: string; type: TRelationType };
export type TArgumentOverlay = { anchors: TUndercutAnchor[]; junctions: TPremiseJunction[]; edges: TArgumentEdge[] };

export const anchorNodeId = (edgeId: string) => `undercut-anchor:${edgeId}`;
export const junctionNodeId = (groupId: string) => `premise-group:${groupId}`;

type THandles = { source: TPoint; target: TPoint };
function handlesOf(box: TNodeBox, direction: TGraphDirection): THandles {
  return direction === "LR"
    ? { source: { x: box.x + box.width, y: box.y + box.height / 2 }, target: { x: box.x, y: box.y + box.height / 2 } }
    : { source: { x: box.x + box.width / 2, y: box.y + box.height }, target: { x: box.x + box.width / 2, y: box.y } };
}

// React Flow's default (bezier) edge: control points pushed out from each handle along its side.
function controlOffset(distance: number, curvature = 0.25): number {
  return distance >= 0 ? 0.5 * distance : curvature * 25 * Math.sqrt(-distance);
}

/** The point at `t` on the bezier React Flow draws between a source and a target handle. */
export function bezierPoint(source: TPoint, target: TPoint, direction: TGraphDirection, t: number): TPoint {
  const [c1, c2] =
    direction === "LR"
      ? [
          { x: source.x + controlOffset(target.x - source.x), y: source.y },
          { x: target.x - controlOffset(target.x - source.x), y: target.y },
        ]
      : [
          { x: source.x, y: source.y + controlOffset(target.y - source.y) },
          { x: target.x, y: target.y - controlOffset(target.y - source.y) },
        ];
  const u = 1 - t;
  const at = (p0: number, p1: number, p2: number, p3: number) => u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
  return { x: at(source.x, c1.x, c2.x, target.x), y: at(source.y, c1.y, c2.y, target.y) };
}

const centredAt = (point: TPoint, size: TNodeSize): TPoint => ({ x: point.x - size.width / 2, y: point.y - size.height / 2 });

/**
 * The overlay for what the graph shows: undercuts whose claim and edge are both drawn,
 * groups whose premises and target all are. `boxes` are the drawn nodes' positions and sizes.
 */
export function buildArgumentOverlay(
  board: Pick<TBoardView, "undercuts" | "premiseGroups">,
  graph: TBoardGraph,
  boxes: ReadonlyMap<string, TNodeBox>,
  direction: TGraphDirection,
): TArgumentOverlay {
  const edgesById = new Map(graph.edges.map((edge) => [edge.id, edge]));
  const anchors = new Map<string, TUndercutAnchor>();
  const edges: TArgumentEdge[] = [];
  for (const undercut of board.undercuts) {
    const edgeId = `${undercut.target.type}:${undercut.target.id}`;
    const edge = edgesById.get(edgeId);
    const from = edge && boxes.get(edge.source);
    const to = edge && boxes.get(edge.target);
    if (!edge || !from || !to || !boxes.has(undercut.fromClaimId)) continue;
    let anchor = anchors.get(edgeId);
    if (!anchor) {
      const point = bezierPoint(handlesOf(from, direction).source, handlesOf(to, direction).target, direction, ANCHOR_AT);
      anchor = { id: anchorNodeId(edgeId), edgeId, claimId: edge.target, position: centredAt(point, UNDERCUT_ANCHOR_SIZE), undercutIds: [] };
      anchors.set(edgeId, anchor);
    }
    anchor.undercutIds.push(undercut.id);
    edges.push({ id: `undercut:${undercut.id}`, kind: "undercut", source: undercut.fromClaimId, target: anchor.id, undercutId: undercut.id });
  }

  const junctions: TPremiseJunction[] = [];
  for (const group of board.premiseGroups) {
    const premises = group.premiseClaimIds.map((id) => boxes.get(id));
    const target = boxes.get(group.toClaimId);
    if (!target || premises.some((box) => !box)) continue;
    const starts = premises.map((box) => handlesOf(box!, direction).source);
    const from = { x: starts.reduce((sum, p) => sum + p.x, 0) / starts.length, y: starts.reduce((sum, p) => sum + p.y, 0) / starts.length };
    const end = handlesOf(target, direction).target;
    const point = { x: from.x + (end.x - from.x) * JUNCTION_AT, y: from.y + (end.y - from.y) * JUNCTION_AT };
    const id = junctionNodeId(group.id);
    junctions.push({ id, groupId: group.id, toClaimId: group.toClaimId, type: group.type, premiseCount: premises.length, position: centredAt(point, PREMISE_JUNCTION_SIZE) });
    for (const premise of group.premiseClaimIds) {
      edges.push({ id: `premise:${group.id}:${premise}`, kind: "premise", source: premise, target: id, groupId: group.id, type: group.type });
    }
    edges.push({ id: `premise-target:${group.id}`, kind: "premise-target", source: id, target: group.toClaimId, groupId: group.id, type: group.type });
  }
  return { anchors: [...anchors.values()], junctions, edges };
}

/** The argument node a drop at `point` (flow coordinates) lands on or nearest within `radius`, or the nearest edge middle. */
export function nearestEdgeMiddle(
  graph: TBoardGraph,
  boxes: ReadonlyMap<string, TNodeBox>,
  direction: TGraphDirection,
  point: TPoint,
  radius: number,
): string | null {
  let best: { id: string; distance: number } | null = null;
  for (const edge of graph.edges) {
    const from = boxes.get(edge.source);
    const to = boxes.get(edge.target);
    if (!from || !to) continue;
    const middle = bezierPoint(handlesOf(from, direction).source, handlesOf(to, direction).target, direction, 0.5);
    const distance = Math.hypot(middle.x - point.x, middle.y - point.y);
    if (distance <= radius && (!best || distance < best.distance)) best = { id: edge.id, distance };
  }
  return best?.id ?? null;
}
