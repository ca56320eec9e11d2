// Node sizes and the boxes layouts are assembled from: a part's positions moved to the origin with its
// size, a grid for unlinked nodes, and shelf packing of boxes into a roughly screen-shaped drawing.
import type { TGraphNode, TNodeSize, TPoint } from "@/lib/graph/types";

/** Node boxes; the CSS gives the nodes exactly these sizes, so the layout and the drawing agree. */
export const CLAIM_NODE_SIZE: TNodeSize = { width: 260, height: 128 };
export const EVIDENCE_NODE_SIZE: TNodeSize = { width: 236, height: 104 };

export function sizeOfGraphNode(node: Pick<TGraphNode, "type">): TNodeSize {
  return node.type === "claim" ? CLAIM_NODE_SIZE : EVIDENCE_NODE_SIZE;
}

export const NODE_GAP = 40;
export const ROW_GAP = 36;
/** Gap between separately laid out parts (connected parts, or the blocks of a big part). */
const PART_GAP = 140;
/** Width ÷ height the packed drawing aims for (a landscape screen). */
export const TARGET_ASPECT = 1.6;

export type TBox = { positions: Record<string, TPoint>; width: number; height: number };

/** Positions moved so the nodes' bounding box starts at (0, 0), with its size. */
export function boxOf(positions: Record<string, TPoint>, nodes: TGraphNode[]): TBox {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of nodes) {
    const at = positions[node.id];
    if (!at) continue;
    const size = sizeOfGraphNode(node);
    minX = Math.min(minX, at.x);
    minY = Math.min(minY, at.y);
    maxX = Math.max(maxX, at.x + size.width);
    maxY = Math.max(maxY, at.y + size.height);
  }
  if (minX === Infinity) return { positions: {}, width: 0, height: 0 };
  const shifted: Record<string, TPoint> = {};
  for (const node of nodes) {
    const at = positions[node.id];
    if (at) shifted[node.id] = { x: at.x - minX, y: at.y - minY };
  }
  return { positions: shifted, width: maxX - minX, height: maxY - minY };
}

/** Unlinked nodes in a grid: evidence first, then claims, each in board order. */
export function gridOf(nodes: TGraphNode[]): TBox {
  const ordered = [...nodes.filter((n) => n.type === "evidence"), ...nodes.filter((n) => n.type === "claim")];
  const cellWidth = Math.max(CLAIM_NODE_SIZE.width, EVIDENCE_NODE_SIZE.width) + NODE_GAP;
  const cellHeight = Math.max(CLAIM_NODE_SIZE.height, EVIDENCE_NODE_SIZE.height) + ROW_GAP;
  const columns = Math.max(
    1,
    Math.min(ordered.length, Math.round(Math.sqrt((ordered.length * TARGET_ASPECT * cellHeight) / cellWidth))),
  );
  const positions: Record<string, TPoint> = {};
  ordered.forEach((node, i) => {
    positions[node.id] = { x: (i % columns) * cellWidth, y: Math.floor(i / columns) * cellHeight };
  });
  return boxOf(positions, ordered);
}

/** Shelf packing, in the given order: a new row when the next box would pass the target width. */
export function packBoxes(boxes: TBox[]): Record<string, TPoint> {
  if (boxes.length === 1) return boxes[0]!.positions;
  let area = 0;
  let widest = 0;
  for (const box of boxes) {
    area += (box.width + PART_GAP) * (box.height + PART_GAP);
    widest = Math.max(widest, box.width);
  }
  const rowWidth = Math.max(widest, Math.sqrt(area * TARGET_ASPECT));
  const positions: Record<string, TPoint> = {};
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const box of boxes) {
    if (x > 0 && x + box.width > rowWidth) {
      x = 0;
      y += rowHeight + PART_GAP;
      rowHeight = 0;
    }
    for (const id in box.positions) {
      const at = box.positions[id]!;
      positions[id] = { x: at.x + x, y: at.y + y };
    }
    x += box.width + PART_GAP;
    rowHeight = Math.max(rowHeight, box.height);
  }
  return positions;
}
