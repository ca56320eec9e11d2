"use client";

import { themedVerdictColors } from "@/lib/verdicts/dark-verdict-colors";
import { Handle, Position, type NodeProps } from "@xyflow/react";
import { memo } from "react";
import { useVerdictScale } from "../verdicts/verdict-scale-context";
import { ClaimNode } from "./claim-node";
import { EvidenceNode } from "./evidence-node";
import { useGraphLowDetail } from "./graph-contexts";
import { linkHandleProps } from "./link-handle-props";
import type { TClaimFlowNode, TEvidenceFlowNode } from "./to-flow-elements";

/**
 * Zoomed far out, text is too small to read: a claim is a box in its verdict's colour with the
 * verdict's icon (never colour alone), evidence a plain document box: a few elements instead of a
 * dozen. The handles stay, so evidence can still be linked by dragging at any zoom.
 */
function LightHandles({ isConnectable, sourcePosition = Position.Bottom, targetPosition = Position.Top }: Pick<NodeProps, "isConnectable" | "sourcePosition" | "targetPosition">) {
  return (
    <>
      <Handle type="target" position={targetPosition} {...linkHandleProps(isConnectable)} />
      <Handle type="source" position={sourcePosition} {...linkHandleProps(isConnectable)} />
    </>
  );
}

function LightClaim({ data, ...handles }: Pick<NodeProps<TClaimFlowNode>, "data" | "isConnectable" | "sourcePosition" | "targetPosition">) {
  const style = useVerdictScale()[data.verdict];
  const colors = themedVerdictColors(style);
  return (
    <div className="graph-node graph-node-claim graph-node-light" style={{ borderLeftColor: colors.color, background: colors.tint }}>
      <span className="graph-node-light-icon" aria-hidden="true" style={{ color: colors.color }}>
        {style.icon}
      </span>
      <LightHandles {...handles} />
    </div>
  );
}

export const ClaimNodeAtZoom = memo(function ClaimNodeAtZoom(props: NodeProps<TClaimFlowNode>) {
  const { data, isConnectable, sourcePosition, targetPosition } = props;
  return useGraphLowDetail() ? (
    <LightClaim data={data} isConnectable={isConnectable} sourcePosition={sourcePosition} targetPosition={targetPosition} />
  ) : (
    <ClaimNode {...props} />
  );
});

export const EvidenceNodeAtZoom = memo(function EvidenceNodeAtZoom(props: NodeProps<TEvidenceFlowNode>) {
  const { isConnectable, sourcePosition, targetPosition } = props;
  return useGraphLowDetail() ? (
    <div className="graph-node graph-node-evidence graph-node-light">
      <LightHandles isConnectable={isConnectable} sourcePosition={sourcePosition} targetPosition={targetPosition} />
    </div>
  ) : (
    <EvidenceNode {...props} />
  );
});
