// How each kind of edge is drawn: colour, width, the shape at its end and a word, so no edge depends on
// colour alone. No dashes: on a big board, rasterising dashed lines was most of every frame of a pan
// (README, "Graph speed on big boards"). Style objects are shared by every edge of a kind (no per-edge allocation).
import type { CSSProperties } from "react";
import type { TGraphEdge } from "@/lib/graph/types";
import type { TRelationType, TStance } from "@/lib/schemas/vocabulary";
import { MARKER_LOOKS, MARKER_SHAPE_WORDS, markerId, type TMarkerShape } from "./edge-markers";

export type TEdgeStyleKey = "supports" | "disputes" | "context" | "relation-supports" | "relation-attacks";

export type TEdgeStyle = {
  key: TEdgeStyleKey;
  /** The word drawn on the edge. */
  label: string;
  /** For the legend and screen readers. */
  description: string;
  /** How the line looks, in words, for the legend. */
  pattern: string;
  color: string;
  /** The shape at the line's end (edge-markers.tsx). */
  marker: TMarkerShape;
  width: number;
  /** Class on the edge element: tests count edges by it. */
  className: string;
  style: CSSProperties;
  /** The id of its marker in EdgeMarkers. */
  markerEnd: string;
  /** The word's colour; its pill is .graph-edge-label in graph.css (labelled-edges.tsx draws it). */
  labelStyle: CSSProperties;
};

/** Evidence → claim links are thin; claim → claim relations, the argument's spine, twice as thick. */
export const LINK_WIDTH = 2;
export const RELATION_WIDTH = 4;

function edgeStyle(key: TEdgeStyleKey, label: string, description: string, lineWords: string, width: number): TEdgeStyle {
  // The theme's colour (globals.css: light-dark() per token), so edges, markers and words follow the theme without JS.
  const { color, shape } = MARKER_LOOKS[key];
  return {
    key,
    label,
    description,
    pattern: `${lineWords} ending in ${MARKER_SHAPE_WORDS[shape]}`,
    color,
    marker: shape,
    width,
    className: `graph-edge edge-${key}`,
    style: { stroke: color, strokeWidth: width },
    markerEnd: markerId(key),
    labelStyle: { color },
  };
}

export const EDGE_STYLES: Record<TEdgeStyleKey, TEdgeStyle> = {
  supports: edgeStyle("supports", "supports", "Evidence supports the claim", "thin green line", LINK_WIDTH),
  disputes: edgeStyle("disputes", "disputes", "Evidence disputes the claim", "thin red line", LINK_WIDTH),
  context: edgeStyle("context", "context", "Evidence gives context to the claim", "thin grey line", LINK_WIDTH),
  "relation-supports": edgeStyle("relation-supports", "supports", "Claim supports another claim", "thick blue line", RELATION_WIDTH),
  "relation-attacks": edgeStyle("relation-attacks", "attacks", "Claim attacks another claim", "thick orange line", RELATION_WIDTH),
};

/** Legend order: evidence links first, then claim relations. */
export const EDGE_STYLE_ORDER: TEdgeStyleKey[] = [
  "supports",
  "disputes",
  "context",
  "relation-supports",
  "relation-attacks",
];

export const STANCE_EDGE_STYLE: Record<TStance, TEdgeStyleKey> = {
  supports: "supports",
  disputes: "disputes",
  context: "context",
};

export const RELATION_EDGE_STYLE: Record<TRelationType, TEdgeStyleKey> = {
  supports: "relation-supports",
  attacks: "relation-attacks",
};

export function edgeStyleKey(edge: Pick<TGraphEdge, "kind" | "stance" | "relationType">): TEdgeStyleKey {
  return edge.kind === "evidence"
    ? STANCE_EDGE_STYLE[edge.stance ?? "context"]
    : RELATION_EDGE_STYLE[edge.relationType ?? "supports"];
}
