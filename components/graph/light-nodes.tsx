"use client";

import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import { useVerdictScale } from "../verdicts/verdict-scale-context";
import { ClaimNode } from "./claim-node";
import { EvidenceNode } from "./evidence-node";
import { useGraphLowDetail } from "./graph-contexts";
import type { TClaimFlowNode, TEvidenceFlowNode } from "./to-flow-elements";

/**
 * Zoomed far out, text is too small to read: a claim is a box in its verdict's colour with the
 * verdict's icon (never colour alone), evidence a plain document box. Two elements instead of a dozen.
 * Edges need no handles to attach to: the nodes carry their handle positions.
 */
function LightClaim({ data }: { data: TClaimFlowNode["data"] }) {
  const style = useVerdictScale()[data.verdict];
  return (
    <div className="graph-node graph-node-claim graph-node-light" style={{ borderLeftColor: style.color, background: style.tint }}>
      <span className="graph-node-light-icon" aria-hidden="true" style={{ color: style.color }}>
        {style.icon}
      </span>
    </div>
  );
}

export const ClaimNodeAtZoom = memo(function ClaimNodeAtZoom(props: NodeProps<TClaimFlowNode>) {
  return useGraphLowDetail() ? <LightClaim data={props.data} /> : <ClaimNode {...props} />;
});

export const EvidenceNodeAtZoom = memo(function EvidenceNodeAtZoom(props: NodeProps<TEvidenceFlowNode>) {
  return useGraphLowDetail() ? <div className="graph-node graph-node-evidence graph-node-light" /> : <EvidenceNode {...props} />;
});
