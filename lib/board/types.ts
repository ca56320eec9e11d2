// Plain, serialisable shapes of a board as the UI and the API see it.
import type {
  TBoardVisibility,
  TClaimKind,
  TGraphDirection,
  TRelationType,
  TSourceType,
  TStance,
  TVerdict,
} from "../schemas/vocabulary";

export type TArticleView = {
  id: string;
  title: string | null;
  byline: string | null;
  publisher: string | null;
  publishedOn: string | null;
  url: string | null;
  text: string;
  contentHash: string;
};

export type TClaimView = {
  id: string;
  statement: string;
  selector: { exact: string; prefix: string; suffix: string; start: number; end: number };
  speaker: string;
  kind: TClaimKind;
  checkable: boolean;
  checkworthiness: number;
  verdict: TVerdict;
  verdictRationale: string;
  version: number;
  updatedAt: string;
};

export type TEvidenceView = {
  id: string;
  title: string;
  url: string | null;
  publisher: string | null;
  publishedOn: string | null;
  excerpt: string;
  sourceType: TSourceType;
  reliability: number;
  provenance: string;
  version: number;
};

export type TEvidenceLinkView = {
  id: string;
  claimId: string;
  evidenceId: string;
  stance: TStance;
  strength: number;
  note: string;
};

export type TClaimRelationView = {
  id: string;
  fromClaimId: string;
  toClaimId: string;
  type: TRelationType;
  note: string;
};

export type TNodePosition = { x: number; y: number };

export type TBoardSummary = {
  id: string;
  title: string;
  description: string;
  visibility: TBoardVisibility;
  claimCount: number;
  evidenceCount: number;
  updatedAt: string;
};

export type TBoardView = {
  id: string;
  title: string;
  description: string;
  visibility: TBoardVisibility;
  graphDirection: TGraphDirection;
  article: TArticleView;
  claims: TClaimView[];
  evidence: TEvidenceView[];
  links: TEvidenceLinkView[];
  relations: TClaimRelationView[];
  /** Saved (dragged) positions by node id. Nodes without one are laid out automatically. */
  positions: Record<string, TNodePosition>;
};
