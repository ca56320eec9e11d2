// Module level, so React Flow gets the same object on every render (its performance guide).
import type { NodeTypes } from "@xyflow/react";
import { PremiseJunctionNode, UndercutAnchorNode } from "./argument-nodes";
import { ClaimNodeAtZoom, EvidenceNodeAtZoom } from "./light-nodes";
import { SummaryNode } from "./summary-node";

export const GRAPH_NODE_TYPES = {
  claim: ClaimNodeAtZoom,
  evidence: EvidenceNodeAtZoom,
  summary: SummaryNode,
  undercutAnchor: UndercutAnchorNode,
  premiseJunction: PremiseJunctionNode,
} satisfies NodeTypes;
