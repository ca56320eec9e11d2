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
import type { TRole } from "../permissions/roles";
import type { TWorkflowStage } from "../workflow/stages";
import type { TVerdictScale } from "../verdicts/verdict-scale-overrides";

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

/**
 * The article without its text: what the board's views hold. The text is most of a large board's page (925 KB of
 * 1.2 MB at 10,000 claims) and only the article view shows it (useArticleText).
 */
export type TArticleDetails = Omit<TArticleView, "text">;

export type TClaimView = {
  id: string;
  /** The claim's number on its board: given at creation, never changed or reused (shown as "#12"). */
  number: number;
  statement: string;
  selector: { exact: string; prefix: string; suffix: string; start: number; end: number };
  speaker: string;
  kind: TClaimKind;
  checkable: boolean;
  checkworthiness: number;
  /** DF-QuAD base score τ, 0..1 (default 0.5): the claim's standing before its evidence and argument (lib/strength). */
  baseScore: number;
  /**
   * The verdict on record. Once the claim is published (stage "published") it is the published verdict; before
   * that, a seed or an import may carry one recorded without review, which the UI shows as not reviewed
   * (lib/workflow/published-verdict.ts). New claims start "unverified".
   */
  verdict: TVerdict;
  verdictRationale: string;
  /** Where the claim is in the team workflow (lib/workflow/stages). */
  stage: TWorkflowStage;
  assigneeId: string | null;
  /** Set while a proposal waits for review or has been returned. */
  proposedVerdict: TVerdict | null;
  proposedRationale: string | null;
  /** Who proposed the pending or the published verdict. */
  proposedById: string | null;
  approvedById: string | null;
  publishedAt: string | null;
  /** ISO 8601 date the check is due. */
  dueOn: string | null;
  version: number;
  updatedAt: string;
};

/** A change to a published verdict, shown on the claim as a correction note. */
export type TCorrectionView = {
  id: string;
  claimId: string;
  fromVerdict: TVerdict;
  toVerdict: TVerdict;
  reason: string;
  correctedById: string;
  createdAt: string;
};

/** A workspace member as boards show them: enough to name assignees, authors and mentions. */
export type TMemberView = {
  userId: string;
  name: string;
  /** Shown to fellow members only; null for readers of a public board. */
  email: string | null;
  role: TRole;
};

/** Who is looking at the board, so the UI offers only what they may do. */
export type TBoardViewer = { userId: string | null; name: string | null; role: TRole | null };

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

/** A claim that attacks an edge (a link or a relation) rather than a claim. */
export type TUndercutView = {
  id: string;
  fromClaimId: string;
  target: { type: "link" | "relation"; id: string };
  note: string;
};

/** Claims that support or attack a target only together. */
export type TPremiseGroupView = {
  id: string;
  /** Two or more, in a stable order (by claim id). */
  premiseClaimIds: string[];
  toClaimId: string;
  type: TRelationType;
  note: string;
};

export type TNodePosition = { x: number; y: number };

export type TBoardSummary = {
  id: string;
  workspaceId: string;
  title: string;
  /** The board's own version (title, archived), for renaming, archiving and deleting it. */
  version: number;
  /** Set while archived (ISO 8601). */
  archivedAt: string | null;
  description: string;
  visibility: TBoardVisibility;
  claimCount: number;
  /** Claims in the published stage: the board's progress is publishedCount of claimCount. */
  publishedCount: number;
  /** Claims due before today (UTC) and not yet published. */
  overdueCount: number;
  evidenceCount: number;
  updatedAt: string;
};

/** The whole board with its article's text: what the API, the export and the report read. */
export type TBoardViewWithText = TBoardView & { article: TArticleView };

export type TBoardView = {
  id: string;
  workspaceId: string;
  title: string;
  description: string;
  visibility: TBoardVisibility;
  graphDirection: TGraphDirection;
  /** Set while archived (ISO 8601): the board is read-only until an editor restores it. */
  archivedAt: string | null;
  article: TArticleDetails;
  claims: TClaimView[];
  evidence: TEvidenceView[];
  links: TEvidenceLinkView[];
  relations: TClaimRelationView[];
  undercuts: TUndercutView[];
  premiseGroups: TPremiseGroupView[];
  /** Saved (dragged) positions by node id. Nodes without one are laid out automatically. */
  positions: Record<string, TNodePosition>;
  /** Corrections to published verdicts, oldest first. */
  corrections: TCorrectionView[];
  /** The workspace's members, by name. */
  members: TMemberView[];
  viewer: TBoardViewer;
  /** How the workspace names, colours, describes and rates each verdict. */
  verdictScale: TVerdictScale;
};
