"use client";

import { themedVerdictColors } from "@/lib/verdicts/dark-verdict-colors";
import { Handle, Position, type NodeProps } from "@xyflow/react";
import { memo } from "react";
import { CLAIM_KIND_LABELS } from "@/lib/schemas/vocabulary";
import { STAGE_LABELS } from "@/lib/workflow/stages";
import { SHORT_STAGE_LABELS, STAGE_ICONS } from "../claim/stage-badge";
import { VerdictBadge } from "../claim/verdict-badge";
import { initials } from "../claim/workflow-display";
import { useClaimStrength } from "../board/board-strengths";
import { StrengthMeter } from "../strength/strength-meter";
import { useVerdictScale } from "../verdicts/verdict-scale-context";
import { linkHandleProps } from "./link-handle-props";
import type { TClaimFlowNode } from "./to-flow-elements";

/**
 * A claim on the canvas: rounded card with a verdict-coloured edge, its statement
 * (three lines at most), verdict badge, kind, a mark when it is not checkable,
 * its workflow stage, the assignee's initials and its strength.
 * Everything else it shows comes in `data`; the strength it reads for its own
 * claim only, so a recompute re-renders just the nodes whose strength changed.
 */
function ClaimNodeView({
  id,
  data,
  isConnectable,
  sourcePosition = Position.Bottom,
  targetPosition = Position.Top,
}: NodeProps<TClaimFlowNode>) {
  // The scale is the same object for the whole page, so reading it costs memoized nodes no renders.
  const scale = useVerdictScale();
  const strength = useClaimStrength(id);
  return (
    <div className="graph-node graph-node-claim" style={{ borderLeftColor: themedVerdictColors(scale[data.verdict]).color }}>
      <Handle type="target" position={targetPosition} {...linkHandleProps(isConnectable)} />
      <div className="graph-node-body">
        <div className="graph-node-head">
          <span className="graph-node-type">Claim #{data.number}</span>
          <span className="chip graph-node-kind">{CLAIM_KIND_LABELS[data.kind]}</span>
          <StrengthMeter strength={strength} compact />
        </div>
        <p className="graph-node-text" title={data.statement}>
          {data.statement}
        </p>
        <div className="graph-node-foot">
          <VerdictBadge verdict={data.verdict} />
          {data.checkable ? null : (
            <span className="graph-not-checkable" title="Not checkable: an opinion, assessment or prediction">
              Not checkable
            </span>
          )}
          <span className="graph-node-stage" title={`Workflow stage: ${STAGE_LABELS[data.stage]}`}>
            <span aria-hidden="true">{STAGE_ICONS[data.stage]}</span> {SHORT_STAGE_LABELS[data.stage]}
          </span>
          {data.assigneeName ? (
            <span className="graph-node-assignee" title={`Assigned to ${data.assigneeName}`}>
              {initials(data.assigneeName)}
            </span>
          ) : null}
        </div>
      </div>
      <Handle type="source" position={sourcePosition} {...linkHandleProps(isConnectable)} />
    </div>
  );
}

export const ClaimNode = memo(ClaimNodeView);
