// How each kind of edge is drawn: colour, dash and a word, so no edge depends on
// colour alone. Style objects are shared by every edge of a kind (no per-edge allocation).
import { MarkerType, type EdgeMarker } from "@xyflow/react";
import type { CSSProperties } from "react";
import type { TGraphEdge } from "@/lib/graph/types";
import type { TRelationType, TStance } from "@/lib/schemas/vocabulary";

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
  /** SVG stroke-dasharray; undefined for a solid line. */
  dash: string | undefined;
  width: number;
  /** Class on the edge element: tests count edges by it. */
  className: string;
  style: CSSProperties;
  markerEnd: EdgeMarker;
  labelStyle: CSSProperties;
};

// The theme's colours (globals.css: light-dark() per token), so edges, markers and words follow the theme
// without any JS. A marker's id is built from its colour string, so each kind still has one marker.
const COLORS: Record<TEdgeStyleKey, string> = {
  supports: "var(--supports)",
  disputes: "var(--disputes)",
  context: "var(--context)",
  "relation-supports": "var(--relation-supports)",
  "relation-attacks": "var(--relation-attacks)",
};

const DASHED = "8 5";
const DOTTED = "1 5";
const DASH_DOT = "10 4 2 4";

function edgeStyle(
  key: TEdgeStyleKey,
  label: string,
  description: string,
  pattern: string,
  dash: string | undefined,
  width: number,
): TEdgeStyle {
  const color = COLORS[key];
  return {
    key,
    label,
    description,
    pattern,
    color,
    dash,
    width,
    className: `graph-edge edge-${key}`,
    style: { stroke: color, strokeWidth: width, strokeDasharray: dash, strokeLinecap: dash === DOTTED ? "round" : undefined },
    // Markers scale with the stroke, so thicker lines get smaller numbers for a similar arrowhead.
    markerEnd: { type: MarkerType.ArrowClosed, color, width: 32 / width, height: 32 / width },
    labelStyle: { fill: color, fontSize: 12, fontWeight: 700 },
  };
}

export const EDGE_STYLES: Record<TEdgeStyleKey, TEdgeStyle> = {
  supports: edgeStyle("supports", "supports", "Evidence supports the claim", "solid green line", undefined, 2),
  disputes: edgeStyle("disputes", "disputes", "Evidence disputes the claim", "dashed red line", DASHED, 2),
  context: edgeStyle("context", "context", "Evidence gives context to the claim", "dotted grey line", DOTTED, 2.5),
  "relation-supports": edgeStyle(
    "relation-supports",
    "supports",
    "Claim supports another claim",
    "thick solid blue line",
    undefined,
    3,
  ),
  "relation-attacks": edgeStyle(
    "relation-attacks",
    "attacks",
    "Claim attacks another claim",
    "thick orange dash-dot line",
    DASH_DOT,
    3,
  ),
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

/** Shared label background: a pill of the theme's surface keeps the word readable over crossing lines. */
export const EDGE_LABEL_BG_STYLE: CSSProperties = { fill: "var(--surface)", fillOpacity: 0.94 };
export const EDGE_LABEL_BG_PADDING: [number, number] = [5, 2];
export const EDGE_LABEL_BG_RADIUS = 4;
