import { MARKER_LOOKS, MarkerShape, type TMarkerKey } from "./edge-markers";

const WIDTH = 36;
const HEIGHT = 16;
/** The legend draws the ends a little smaller than the canvas does at zoom 1, to fit a line of text. */
const END_SCALE = 0.75;

/** A short line drawn as the graph draws that kind of edge: colour, width, dash and the shape at its end. */
export function EdgeLineSample({ markerKey, width, dash }: { markerKey: TMarkerKey; width: number; dash?: string }) {
  const look = MARKER_LOOKS[markerKey];
  const size = look.size * END_SCALE;
  const left = WIDTH - 1 - size;
  // The line runs under the end shape, as on the canvas, so the two join.
  const lineEnd = left + size * (look.shape === "bar" ? 0.7 : 0.5);
  return (
    <svg className="graph-legend-line" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
      {/* In style, not as attributes: the colour is a CSS variable, which presentation attributes do not take. */}
      <line x1="1" y1={HEIGHT / 2} x2={lineEnd} y2={HEIGHT / 2} style={{ stroke: look.color, strokeWidth: width, strokeDasharray: dash }} />
      <g transform={`translate(${left} ${HEIGHT / 2 - size / 2}) scale(${size / 10})`}>
        <MarkerShape shape={look.shape} color={look.color} />
      </g>
    </svg>
  );
}
