// The argument overlay (lib/graph/argument-overlay) as React Flow nodes and edges:
// undercuts are purple, dash-dot-dot, worded "undercuts" and end in a ⊘ anchor on
// the edge they attack; a premise group's premises join a "together" junction by
// thin lines, and the junction points at the target as a relation would. Undercuts
// are few, so they keep their dashes on any board (the stance lines have none: edge-style.ts).
import { Position, type Edge, type Node, type NodeHandle } from "@xyflow/react";
import type { CSSProperties } from "react";
import {
  PREMISE_JUNCTION_SIZE,
  UNDERCUT_ANCHOR_SIZE,
  type TArgumentEdge,
  type TArgumentOverlay,
  type TPremiseJunction,
  type TUndercutAnchor,
} from "@/lib/graph/argument-overlay";
import type { TNodeSize } from "@/lib/graph/types";
import type { TGraphDirection, TRelationType } from "@/lib/schemas/vocabulary";
import { MARKER_LOOKS, markerId } from "./edge-markers";
import { EDGE_STYLES, RELATION_EDGE_STYLE } from "./edge-style";

export type TUndercutAnchorData = { claimId: string; count: number };
export type TPremiseJunctionData = { toClaimId: string; type: TRelationType; premiseCount: number };
export type TUndercutAnchorFlowNode = Node<TUndercutAnchorData, "undercutAnchor">;
export type TPremiseJunctionFlowNode = Node<TPremiseJunctionData, "premiseJunction">;
export type TArgumentFlowNode = TUndercutAnchorFlowNode | TPremiseJunctionFlowNode;

export const UNDERCUT_COLOR = MARKER_LOOKS.undercut.color;
/** For the legend: how each argument line looks. */
export const ARGUMENT_EDGE_LOOK = {
  undercut: { color: UNDERCUT_COLOR, dash: "9 3 2 3 2 3", width: 2.5, label: "undercuts", pattern: "purple dash-dot-dot line ending in an arrowhead at a ⊘ on the edge it undercuts" },
  premise: { color: "var(--premise-edge)", dash: undefined, width: 1.5, label: "together", pattern: "thin lines joining premises at a “together” node" },
} as const;

const UNDERCUT_STYLE: CSSProperties = { stroke: UNDERCUT_COLOR, strokeWidth: 2.5, strokeDasharray: ARGUMENT_EDGE_LOOK.undercut.dash };
const UNDERCUT_MARKER = markerId("undercut");
const UNDERCUT_LABEL_STYLE: CSSProperties = { color: UNDERCUT_COLOR };
const PREMISE_STYLE: Record<TRelationType, CSSProperties> = {
  supports: { stroke: EDGE_STYLES["relation-supports"].color, strokeWidth: 1.5 },
  attacks: { stroke: EDGE_STYLES["relation-attacks"].color, strokeWidth: 1.5 },
};

function centreHandles(size: TNodeSize, direction: TGraphDirection): NodeHandle[] {
  const box = { width: 1, height: 1 };
  const [target, source] =
    direction === "LR"
      ? [{ position: Position.Left, x: 0, y: size.height / 2 }, { position: Position.Right, x: size.width - 1, y: size.height / 2 }]
      : [{ position: Position.Top, x: size.width / 2, y: 0 }, { position: Position.Bottom, x: size.width / 2, y: size.height - 1 }];
  return [
    { type: "target", ...target, ...box },
    { type: "source", ...source, ...box },
  ];
}

function anchorNode(anchor: TUndercutAnchor, direction: TGraphDirection): TUndercutAnchorFlowNode {
  const count = anchor.undercutIds.length;
  return {
    id: anchor.id,
    type: "undercutAnchor",
    position: anchor.position,
    data: { claimId: anchor.claimId, count },
    width: UNDERCUT_ANCHOR_SIZE.width,
    height: UNDERCUT_ANCHOR_SIZE.height,
    measured: { ...UNDERCUT_ANCHOR_SIZE },
    handles: centreHandles(UNDERCUT_ANCHOR_SIZE, direction),
    ariaLabel: `${count === 1 ? "This edge is undercut by a claim" : `This edge is undercut by ${count} claims`}; Enter opens the claim it bears on`,
    domAttributes: { "data-node-kind": "undercut-anchor", "data-opens-claim": anchor.claimId } as Node["domAttributes"],
    draggable: false,
    selectable: false,
    // Focusable, so keyboard users reach the undercut too (Enter opens its claim, as a click does).
    focusable: true,
    deletable: false,
  };
}

function junctionNode(junction: TPremiseJunction, direction: TGraphDirection): TPremiseJunctionFlowNode {
  return {
    id: junction.id,
    type: "premiseJunction",
    position: junction.position,
    data: { toClaimId: junction.toClaimId, type: junction.type, premiseCount: junction.premiseCount },
    width: PREMISE_JUNCTION_SIZE.width,
    height: PREMISE_JUNCTION_SIZE.height,
    measured: { ...PREMISE_JUNCTION_SIZE },
    handles: centreHandles(PREMISE_JUNCTION_SIZE, direction),
    ariaLabel: `${junction.premiseCount} claims together ${junction.type === "supports" ? "support" : "attack"} a claim; Enter opens that claim`,
    domAttributes: { "data-node-kind": "premise-junction", "data-opens-claim": junction.toClaimId } as Node["domAttributes"],
    draggable: false,
    selectable: false,
    focusable: true,
    deletable: false,
  };
}

// No data: nothing reads these edges back.
type TArgumentFlowEdge = Edge<never>;

function argumentEdge(edge: TArgumentEdge, showLabels: boolean): TArgumentFlowEdge {
  const base = { id: edge.id, source: edge.source, target: edge.target, selectable: false, focusable: false, deletable: false };
  const label = (text: string, style: CSSProperties) =>
    showLabels ? { label: text, labelStyle: style } : {};
  switch (edge.kind) {
    case "undercut":
      return { ...base, className: "graph-edge edge-undercut", style: UNDERCUT_STYLE, markerEnd: UNDERCUT_MARKER, ariaLabel: "Claim undercuts an edge", ...label("undercuts", UNDERCUT_LABEL_STYLE) };
    case "premise":
      return { ...base, className: "graph-edge edge-premise", style: PREMISE_STYLE[edge.type], ariaLabel: "Premise of a linked group" };
    case "premise-target": {
      const style = EDGE_STYLES[RELATION_EDGE_STYLE[edge.type]];
      return {
        ...base,
        className: `graph-edge edge-premise-target edge-${style.key}`,
        style: style.style,
        markerEnd: style.markerEnd,
        ariaLabel: `Linked premises together ${edge.type === "supports" ? "support" : "attack"} the claim`,
        ...label(`together ${edge.type}`, style.labelStyle),
      };
    }
  }
}

export function argumentFlowElements(overlay: TArgumentOverlay, direction: TGraphDirection, showLabels: boolean): { nodes: TArgumentFlowNode[]; edges: TArgumentFlowEdge[] } {
  return {
    nodes: [...overlay.anchors.map((anchor) => anchorNode(anchor, direction)), ...overlay.junctions.map((junction) => junctionNode(junction, direction))],
    edges: overlay.edges.map((edge) => argumentEdge(edge, showLabels)),
  };
}
