"use client";

import { Handle, Position, type NodeProps } from "@xyflow/react";
import { memo, type CSSProperties } from "react";
import type { TPremiseJunctionFlowNode, TUndercutAnchorFlowNode } from "./argument-flow-elements";

// Edges attach to these handles; links start from claims and evidence only.
const QUIET_HANDLE: CSSProperties = { visibility: "hidden", width: 1, height: 1, minWidth: 0, minHeight: 0 };

/** Where an undercut lands on the edge it attacks: a small purple ⊘ on that edge. Dropping a claim here undercuts it too. */
function UndercutAnchorView({ data, targetPosition = Position.Top, sourcePosition = Position.Bottom }: NodeProps<TUndercutAnchorFlowNode>) {
  return (
    <div className="graph-undercut-anchor" title={data.count === 1 ? "Undercut" : `Undercut by ${data.count} claims`}>
      <Handle type="target" position={targetPosition} style={QUIET_HANDLE} isConnectable={false} />
      <span aria-hidden="true">⊘</span>
      <Handle type="source" position={sourcePosition} style={QUIET_HANDLE} isConnectable={false} />
    </div>
  );
}

/** A premise group's junction: its premises meet here and go on as one edge. Dropping a claim here adds it as a premise. */
function PremiseJunctionView({ data, targetPosition = Position.Top, sourcePosition = Position.Bottom }: NodeProps<TPremiseJunctionFlowNode>) {
  return (
    <div className={`graph-premise-junction junction-${data.type}`}>
      <Handle type="target" position={targetPosition} style={QUIET_HANDLE} isConnectable={false} />
      <span>⋈ together</span>
      <Handle type="source" position={sourcePosition} style={QUIET_HANDLE} isConnectable={false} />
    </div>
  );
}

export const UndercutAnchorNode = memo(UndercutAnchorView);
export const PremiseJunctionNode = memo(PremiseJunctionView);
