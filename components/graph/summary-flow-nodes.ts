// Collapsed claims' summary nodes and edges, placed beside their claim on the side their subtree came from.
import type { NodeHandle } from "@xyflow/react";
import type { TEvidenceLinkView, TEvidenceView } from "@/lib/board/types";
import type { TCollapsedSummary } from "@/lib/graph/shown-graph";
import type { TGraphDirection } from "@/lib/schemas/vocabulary";
import { handlePositions, HANDLE_SIZE, type TGraphFlowEdge, type TGraphFlowNode } from "./to-flow-elements";
import type { TSummaryFlowNode } from "./summary-node";

export const SUMMARY_NODE_SIZE = { width: 240, height: 96 };
const GAP = 70;
const SUMMARY_EDGE_STYLE = { stroke: "#78716c", strokeWidth: 2, strokeDasharray: "2 4" };

function summaryHandles(direction: TGraphDirection): NodeHandle[] {
  const { width, height } = SUMMARY_NODE_SIZE;
  const half = HANDLE_SIZE / 2;
  const box = { width: HANDLE_SIZE, height: HANDLE_SIZE };
  const { sourcePosition, targetPosition } = handlePositions(direction);
  return direction === "LR"
    ? [
        { type: "target", position: targetPosition, x: -half, y: height / 2 - half, ...box },
        { type: "source", position: sourcePosition, x: width - half, y: height / 2 - half, ...box },
      ]
    : [
        { type: "target", position: targetPosition, x: width / 2 - half, y: -half, ...box },
        { type: "source", position: sourcePosition, x: width / 2 - half, y: height - half, ...box },
      ];
}

/** The hidden evidence that weighs most (reliability × link strength), by title, with its figures. */
function strongestOf(summary: TCollapsedSummary, evidence: ReadonlyMap<string, TEvidenceView>, links: ReadonlyMap<string, TEvidenceLinkView>): string | null {
  let best: { score: number; text: string } | null = null;
  for (const id of summary.hidden) {
    const item = evidence.get(id);
    const edge = summary.firstEdge.get(id);
    const link = edge?.linkId ? links.get(edge.linkId) : undefined;
    if (!item || !link || link.stance === "context") continue;
    const score = (item.reliability / 5) * (link.strength / 5);
    if (!best || score > best.score) best = { score, text: `${item.title} (reliability ${item.reliability}, strength ${link.strength})` };
  }
  return best?.text ?? null;
}

/** The dashed line from each summary to its claim. */
export function toSummaryEdges(summaries: TCollapsedSummary[]): TGraphFlowEdge[] {
  return summaries.map((summary) => ({
    id: `summary:${summary.root}:edge`,
    source: `summary:${summary.root}`,
    target: summary.root,
    className: "graph-edge-summary",
    style: SUMMARY_EDGE_STYLE,
    selectable: false,
    focusable: false,
    deletable: false,
    data: { styleKey: "context" },
  }));
}

export function toSummaryNodes(
  summaries: TCollapsedSummary[],
  nodes: readonly TGraphFlowNode[],
  direction: TGraphDirection,
  board: { evidence: ReadonlyMap<string, TEvidenceView>; links: ReadonlyMap<string, TEvidenceLinkView> },
): TSummaryFlowNode[] {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const summaryNodes: TSummaryFlowNode[] = [];
  for (const summary of summaries) {
    const root = byId.get(summary.root);
    if (!root) continue;
    const width = root.width ?? 0;
    const height = root.height ?? 0;
    const position =
      direction === "LR"
        ? { x: root.position.x - SUMMARY_NODE_SIZE.width - GAP, y: root.position.y + (height - SUMMARY_NODE_SIZE.height) / 2 }
        : { x: root.position.x + (width - SUMMARY_NODE_SIZE.width) / 2, y: root.position.y - SUMMARY_NODE_SIZE.height - GAP };
    const id = `summary:${summary.root}`;
    summaryNodes.push({
      id,
      type: "summary",
      position,
      data: {
        rootId: summary.root,
        hidden: summary.hidden.length,
        supporting: summary.counts.supporting,
        disputing: summary.counts.disputing,
        context: summary.counts.context,
        strongest: strongestOf(summary, board.evidence, board.links),
      },
      width: SUMMARY_NODE_SIZE.width,
      height: SUMMARY_NODE_SIZE.height,
      measured: { ...SUMMARY_NODE_SIZE },
      handles: summaryHandles(direction),
      ...handlePositions(direction),
      draggable: false,
      deletable: false,
      ariaLabel: `Collapsed: ${summary.hidden.length} items lead to this claim`,
    });
  }
  return summaryNodes;
}
