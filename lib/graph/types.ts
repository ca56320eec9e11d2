import type { TClaimKind, TRelationType, TStance, TVerdict } from "../schemas/vocabulary";

export type TGraphNode = {
  /** The claim's or evidence's own id. */
  id: string;
  type: "claim" | "evidence";
  claimId?: string;
  evidenceId?: string;
};

export type TGraphEdge = {
  id: string;
  source: string;
  target: string;
  kind: "evidence" | "relation";
  stance?: TStance;
  relationType?: TRelationType;
  linkId?: string;
  relationId?: string;
};

export type TBoardGraph = { nodes: TGraphNode[]; edges: TGraphEdge[] };

/** Empty or missing lists mean "all". */
export type TBoardGraphFilter = { verdicts?: TVerdict[]; kinds?: TClaimKind[] };

export type TNodeSize = { width: number; height: number };

export type TPoint = { x: number; y: number };
