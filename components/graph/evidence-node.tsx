"use client";

import { Handle, Position, type NodeProps } from "@xyflow/react";
import { memo } from "react";
import { SOURCE_TYPE_LABELS } from "@/lib/schemas/vocabulary";
import { linkHandleProps } from "./link-handle-props";
import type { TEvidenceFlowNode } from "./to-flow-elements";

/**
 * Evidence on the canvas: a square-cornered "document" with a folded corner, a
 * document icon and the word Evidence, its title, publisher, source type and reliability.
 */
function EvidenceNodeView({
  data,
  isConnectable,
  sourcePosition = Position.Bottom,
  targetPosition = Position.Top,
}: NodeProps<TEvidenceFlowNode>) {
  return (
    <div className="graph-node graph-node-evidence">
      <Handle type="target" position={targetPosition} {...linkHandleProps(isConnectable)} />
      <div className="graph-node-body">
        <div className="graph-node-head">
          <span className="graph-node-type">Evidence</span>
          <span className="graph-node-source">{SOURCE_TYPE_LABELS[data.sourceType]}</span>
        </div>
        <p className="graph-node-text" title={data.title}>
          {data.title}
        </p>
        <div className="graph-node-foot">
          {data.publisher ? <span className="graph-node-publisher">{data.publisher}</span> : null}
          <span className="graph-node-reliability">Reliability {data.reliability}/5</span>
        </div>
      </div>
      <Handle type="source" position={sourcePosition} {...linkHandleProps(isConnectable)} />
    </div>
  );
}

export const EvidenceNode = memo(EvidenceNodeView);
