"use client";

import { Handle, Position, type Node, type NodeProps } from "@xyflow/react";
import { memo } from "react";
import { useGraphActions } from "./graph-contexts";
import { linkHandleProps } from "./link-handle-props";

export type TSummaryNodeData = { rootId: string; hidden: number; supporting: number; disputing: number; context: number; strongest: string | null };
export type TSummaryFlowNode = Node<TSummaryNodeData, "summary">;

/** "12 hidden: 8 supporting, 4 disputing, strongest: …" */
export function summaryText(data: TSummaryNodeData): string {
  const parts = [`${data.supporting} supporting`, `${data.disputing} disputing`];
  if (data.context > 0) parts.push(`${data.context} context`);
  return `${data.hidden} hidden: ${parts.join(", ")}${data.strongest ? `, strongest: ${data.strongest}` : ""}`;
}

/** What a collapsed claim hides, as one node beside it, with the way to expand it again. */
function SummaryNodeView({ data, sourcePosition = Position.Bottom, targetPosition = Position.Top }: NodeProps<TSummaryFlowNode>) {
  const { expand } = useGraphActions();
  return (
    <div className="graph-node graph-node-summary" data-testid="graph-summary-node">
      <Handle type="target" position={targetPosition} {...linkHandleProps(false)} />
      <p className="graph-summary-text">
        <span aria-hidden="true">⊞ </span>
        {summaryText(data)}
      </p>
      <button type="button" className="button small nodrag" onClick={() => expand(data.rootId)}>
        Expand
      </button>
      <Handle type="source" position={sourcePosition} {...linkHandleProps(false)} />
    </div>
  );
}

export const SummaryNode = memo(SummaryNodeView);
