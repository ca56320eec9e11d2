"use client";

import { useStore, type ReactFlowState } from "@xyflow/react";

/** Distance between dots at zoom 1, as the graph view's Background had. */
const GAP = 24;

/** Dots closer than this on screen would be a grey haze, not a grid: none are drawn. */
const MIN_SCREEN_GAP = 6;

type TDots = { size: number; x: number; y: number };

const selectDots = (state: ReactFlowState): TDots => {
  const [tx, ty, zoom] = state.transform;
  const size = GAP * zoom;
  return { size, x: (tx % size) - size, y: (ty % size) - size };
};
const sameDots = (a: TDots, b: TDots) => a.size === b.size && a.x === b.x && a.y === b.y;

/**
 * The canvas's dot grid as one composited layer moved by a transform: React Flow's Background
 * repaints its whole SVG pattern on every frame of a pan, and on a big board that repaint was most
 * of a frame. Here a pan only moves the layer (by less than one gap); a zoom re-draws it.
 */
export function GraphDots() {
  const { size, x, y } = useStore(selectDots, sameDots);
  if (size < MIN_SCREEN_GAP) return null;
  return (
    <div
      className="graph-dots"
      aria-hidden="true"
      style={{
        width: `calc(100% + ${2 * size}px)`,
        height: `calc(100% + ${2 * size}px)`,
        backgroundSize: `${size}px ${size}px`,
        transform: `translate(${x}px, ${y}px)`,
      }}
    />
  );
}
