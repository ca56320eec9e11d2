// Module level, so React Flow gets the same object on every render (its performance guide).
import type { NodeTypes } from "@xyflow/react";
import { PremiseJunctionNode, UndercutAnchorNode } from "./argument-nodes";
import { ClaimNode } from "./claim-node";
import { EvidenceNode } from "./evidence-node";

export const GRAPH_NODE_TYPES = {
  claim: ClaimNode,
  evidence: EvidenceNode,
  undercutAnchor: UndercutAnchorNode,
  premiseJunction: PremiseJunctionNode,
} satisfies NodeTypes;
