"use client";

import { Panel, useReactFlow, useStore, type ReactFlowState } from "@xyflow/react";
import { useCallback, useEffect, useMemo, useRef, type PointerEvent } from "react";
import type { TGraphFlowNode } from "./to-flow-elements";

const WIDTH = 200;
const HEIGHT = 150;
const PAD = 6;

type TBounds = { x: number; y: number; width: number; height: number };
type TFit = { scale: number; offsetX: number; offsetY: number };

/** The visible part of the flow, in flow coordinates; numbers only, so an unchanged view compares equal. */
const selectView = (state: ReactFlowState) => ({
  x: -state.transform[0] / state.transform[2],
  y: -state.transform[1] / state.transform[2],
  width: state.width / state.transform[2],
  height: state.height / state.transform[2],
});

const sameView = (a: TBounds, b: TBounds) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

function boundsOf(nodes: readonly TGraphFlowNode[]): TBounds {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of nodes) {
    const { x, y } = node.position;
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + (node.width ?? 0));
    maxY = Math.max(maxY, y + (node.height ?? 0));
  }
  return minX === Infinity ? { x: 0, y: 0, width: 1, height: 1 } : { x: minX, y: minY, width: maxX - minX || 1, height: maxY - minY || 1 };
}

function fitOf(bounds: TBounds): TFit {
  const scale = Math.min((WIDTH - 2 * PAD) / bounds.width, (HEIGHT - 2 * PAD) / bounds.height);
  return {
    scale,
    offsetX: (WIDTH - bounds.width * scale) / 2 - bounds.x * scale,
    offsetY: (HEIGHT - bounds.height * scale) / 2 - bounds.y * scale,
  };
}

/**
 * A canvas takes only plain colours; this gives the one a CSS colour value stands for on `element`
 * (its variables and its color-scheme), by letting the browser compute it. Each value is computed once.
 */
function cssColorResolver(element: HTMLElement): (value: string) => string {
  const resolved = new Map<string, string>();
  const before = element.style.color;
  return (value) => {
    let plain = resolved.get(value);
    if (plain === undefined) {
      element.style.color = value;
      plain = getComputedStyle(element).color;
      element.style.color = before;
      resolved.set(value, plain);
    }
    return plain;
  };
}

/**
 * The overview of a big board: React Flow's MiniMap draws one SVG element per node and re-renders and
 * repaints all of them on every frame of a pan (10,000 rectangles at 10k nodes). Here the nodes are
 * drawn once into a canvas when they change; a pan or zoom only moves the view's outline over it.
 * Pressing or dragging on it centres the view there.
 */
export function GraphOverview({
  nodes,
  colorOf,
  colorScheme,
  ariaLabel,
}: {
  nodes: readonly TGraphFlowNode[];
  /** Any CSS colour, var(--…) and light-dark() included: the canvas is given what it resolves to in this theme. */
  colorOf: (node: TGraphFlowNode) => string;
  /** The page's theme: the overview is drawn again when it changes. */
  colorScheme: "light" | "dark";
  ariaLabel: string;
}) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const fit = useMemo(() => fitOf(boundsOf(nodes)), [nodes]);
  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext("2d");
    if (!canvas || !context) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = WIDTH * ratio;
    canvas.height = HEIGHT * ratio;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, WIDTH, HEIGHT);
    const resolve = cssColorResolver(canvas);
    for (const node of nodes) {
      context.fillStyle = resolve(colorOf(node));
      const width = Math.max(1, (node.width ?? 0) * fit.scale);
      const height = Math.max(1, (node.height ?? 0) * fit.scale);
      context.fillRect(node.position.x * fit.scale + fit.offsetX, node.position.y * fit.scale + fit.offsetY, width, height);
    }
  }, [nodes, colorOf, fit, colorScheme]);

  const { setCenter, getZoom } = useReactFlow();
  const centreAt = useCallback(
    (event: PointerEvent<HTMLDivElement>) => {
      const box = event.currentTarget.getBoundingClientRect();
      const x = ((event.clientX - box.left) * (WIDTH / box.width) - fit.offsetX) / fit.scale;
      const y = ((event.clientY - box.top) * (HEIGHT / box.height) - fit.offsetY) / fit.scale;
      void setCenter(x, y, { zoom: getZoom() });
    },
    [fit, setCenter, getZoom],
  );
  const onPointerDown = useCallback(
    (event: PointerEvent<HTMLDivElement>) => {
      event.currentTarget.setPointerCapture(event.pointerId);
      centreAt(event);
    },
    [centreAt],
  );
  const onPointerMove = useCallback(
    (event: PointerEvent<HTMLDivElement>) => {
      if (event.currentTarget.hasPointerCapture(event.pointerId)) centreAt(event);
    },
    [centreAt],
  );

  return (
    <Panel position="bottom-right" className="react-flow__minimap graph-overview">
      <div className="graph-overview-frame" role="img" aria-label={ariaLabel} onPointerDown={onPointerDown} onPointerMove={onPointerMove}>
        <canvas ref={canvasRef} width={WIDTH} height={HEIGHT} />
        <ViewOutline fit={fit} />
      </div>
    </Panel>
  );
}

/** The view's outline over the overview: the one part that changes while panning. */
function ViewOutline({ fit }: { fit: TFit }) {
  const view = useStore(selectView, sameView);
  const x = view.x * fit.scale + fit.offsetX;
  const y = view.y * fit.scale + fit.offsetY;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true">
      <path
        className="react-flow__minimap-mask"
        fillRule="evenodd"
        d={`M0,0h${WIDTH}v${HEIGHT}h${-WIDTH}z M${x},${y}h${view.width * fit.scale}v${view.height * fit.scale}h${-view.width * fit.scale}z`}
      />
    </svg>
  );
}
