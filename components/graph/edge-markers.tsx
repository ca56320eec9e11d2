// The ends of the graph's lines. A stance is told by the shape at the line's end (arrow, bar or dot), by
// the line's width and by its word, never by colour alone and never by dashes: dashing thousands of lines
// was most of a pan's frame on a big board. Each marker is filled with its kind's theme token, so it
// follows light and dark without any JS.
import type { TEdgeStyleKey } from "./edge-style";

export type TMarkerShape = "arrow" | "bar" | "dot";
export type TMarkerKey = TEdgeStyleKey | "undercut";

type TMarkerLook = { shape: TMarkerShape; color: string; /** Across the line, in px at zoom 1. */ size: number };

/** Every kind's end: colour token, shape and size (larger on the thicker claim → claim lines). */
export const MARKER_LOOKS: Record<TMarkerKey, TMarkerLook> = {
  supports: { shape: "arrow", color: "var(--supports)", size: 12 },
  disputes: { shape: "bar", color: "var(--disputes)", size: 14 },
  context: { shape: "dot", color: "var(--context)", size: 9 },
  "relation-supports": { shape: "arrow", color: "var(--relation-supports)", size: 17 },
  "relation-attacks": { shape: "bar", color: "var(--relation-attacks)", size: 19 },
  undercut: { shape: "arrow", color: "var(--undercut)", size: 13 },
};

/** The id an edge's markerEnd names (React Flow turns a string into url('#id')). */
export const markerId = (key: TMarkerKey) => `claimgraph-end-${key}`;

/** How each shape is said in the legend and to screen readers. */
export const MARKER_SHAPE_WORDS: Record<TMarkerShape, string> = {
  arrow: "an arrowhead",
  bar: "a bar across it",
  dot: "a dot",
};

/**
 * A shape drawn in a 10 × 10 box whose right edge (x = 10, y = 5) is where the line ends.
 * The bar is short along the line and full height across it.
 */
export function MarkerShape({ shape, color }: { shape: TMarkerShape; color: string }) {
  const style = { fill: color };
  switch (shape) {
    case "arrow":
      return <path d="M0,0 L10,5 L0,10 Z" style={style} />;
    case "bar":
      return <rect x="6.5" y="0" width="3.5" height="10" style={style} />;
    case "dot":
      return <circle cx="5" cy="5" r="5" style={style} />;
  }
}

const KEYS = Object.keys(MARKER_LOOKS) as TMarkerKey[];

/**
 * The markers every edge names, once for the whole graph. Sized in the flow's own units (userSpaceOnUse),
 * so they scale with the zoom like the lines, but not with a line's width. Width and height 0, not
 * display: none, which would stop Chromium drawing the markers.
 */
export function EdgeMarkers() {
  return (
    <svg className="graph-edge-markers" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        {KEYS.map((key) => {
          const look = MARKER_LOOKS[key];
          return (
            <marker
              key={key}
              id={markerId(key)}
              viewBox="0 0 10 10"
              refX="10"
              refY="5"
              markerUnits="userSpaceOnUse"
              markerWidth={look.size}
              markerHeight={look.size}
              orient="auto-start-reverse"
            >
              <MarkerShape shape={look.shape} color={look.color} />
            </marker>
          );
        })}
      </defs>
    </svg>
  );
}
