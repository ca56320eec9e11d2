// Where the graph opens: at a zoom where node text can be read, centred on the article's main
// conclusions (or, in focus mode, on the focused neighbourhood).
import type { Viewport } from "@xyflow/react";
import type { TGraphFlowNode } from "./to-flow-elements";

/** Node text is 13 px (graph.css, .graph-node); at this zoom it is 11 px on screen. */
export const READABLE_ZOOM = 11 / 13;
export const MAX_FIRST_ZOOM = 1;
const PADDING = 48;

export type TBox = { x: number; y: number; width: number; height: number };

export function boundsOf(nodes: readonly TGraphFlowNode[]): TBox {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of nodes) {
    minX = Math.min(minX, node.position.x);
    minY = Math.min(minY, node.position.y);
    maxX = Math.max(maxX, node.position.x + (node.width ?? 0));
    maxY = Math.max(maxY, node.position.y + (node.height ?? 0));
  }
  return minX === Infinity ? { x: 0, y: 0, width: 0, height: 0 } : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

function centredOn(box: TBox, zoom: number, canvas: { width: number; height: number }): Viewport {
  return { x: canvas.width / 2 - (box.x + box.width / 2) * zoom, y: canvas.height / 2 - (box.y + box.height / 2) * zoom, zoom };
}

/**
 * The first viewport: the `targets` (ranked, most important first) fitted if that needs no zoom below the readable
 * one; otherwise the first target alone, centred at the readable zoom. Never zoomed in past 1.
 */
export function firstViewport(
  nodes: readonly TGraphFlowNode[],
  targets: readonly string[],
  canvas: { width: number; height: number },
): Viewport {
  if (nodes.length === 0) return { x: 0, y: 0, zoom: 1 };
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const chosen = targets.map((id) => byId.get(id)).filter((node) => node !== undefined);
  const group = chosen.length > 0 ? chosen : nodes;
  const box = boundsOf(group);
  const fit = Math.min((canvas.width - PADDING * 2) / Math.max(box.width, 1), (canvas.height - PADDING * 2) / Math.max(box.height, 1));
  if (fit >= READABLE_ZOOM) return centredOn(box, Math.min(fit, MAX_FIRST_ZOOM), canvas);
  return centredOn(boundsOf([group[0]!]), READABLE_ZOOM, canvas);
}
