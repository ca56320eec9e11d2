import { EDGE_STYLES, type TEdgeStyleKey } from "./edge-style";

/** A short line drawn as the graph draws that kind of edge: colour, width, dash and arrowhead. */
export function EdgeLineSample({ styleKey }: { styleKey: TEdgeStyleKey }) {
  const style = EDGE_STYLES[styleKey];
  return (
    <svg className="graph-legend-line" width="34" height="12" viewBox="0 0 34 12" aria-hidden="true" focusable="false">
      <line
        x1="1"
        y1="6"
        x2="26"
        y2="6"
        // In style, not as attributes: the colour is a CSS variable, which presentation attributes do not take.
        style={{ stroke: style.color, strokeWidth: style.width, strokeDasharray: style.dash, strokeLinecap: style.style.strokeLinecap ? "round" : "butt" }}
      />
      <path d="M25 1.5 L33 6 L25 10.5 Z" style={{ fill: style.color }} />
    </svg>
  );
}
