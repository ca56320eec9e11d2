import { z } from "zod";

// Full Fact's claim categories. Opinion and assessment are kinds of any
// category that are marked not checkable (Claim.checkable = false).
export const CLAIM_KINDS = [
  "quantity",
  "correlation_causation",
  "prediction",
  "laws_rules",
  "personal_experience",
  "other",
] as const;
export const ZClaimKind = z.enum(CLAIM_KINDS, { error: `kind must be one of: ${CLAIM_KINDS.join(", ")}` });
export type TClaimKind = z.infer<typeof ZClaimKind>;

export const CLAIM_KIND_LABELS: Record<TClaimKind, string> = {
  quantity: "Quantity",
  correlation_causation: "Correlation or causation",
  prediction: "Prediction",
  laws_rules: "Laws or rules",
  personal_experience: "Personal experience",
  other: "Other",
};

export const VERDICTS = [
  "unverified",
  "verified",
  "mostly_accurate",
  "misleading",
  "disputed",
  "false",
  "unverifiable",
  "opinion",
] as const;
export const ZVerdict = z.enum(VERDICTS, { error: `verdict must be one of: ${VERDICTS.join(", ")}` });
export type TVerdict = z.infer<typeof ZVerdict>;

export const STANCES = ["supports", "disputes", "context"] as const;
export const ZStance = z.enum(STANCES, { error: `stance must be one of: ${STANCES.join(", ")}` });
export type TStance = z.infer<typeof ZStance>;

export const STANCE_LABELS: Record<TStance, string> = {
  supports: "Supports",
  disputes: "Disputes",
  context: "Context",
};

export const RELATION_TYPES = ["supports", "attacks"] as const;
export const ZRelationType = z.enum(RELATION_TYPES, {
  error: `relation type must be one of: ${RELATION_TYPES.join(", ")}`,
});
export type TRelationType = z.infer<typeof ZRelationType>;

export const SOURCE_TYPES = [
  "primary_document",
  "official_statement",
  "news_report",
  "dataset",
  "expert",
  "cited_in_article",
  "other",
] as const;
export const ZSourceType = z.enum(SOURCE_TYPES, { error: `sourceType must be one of: ${SOURCE_TYPES.join(", ")}` });
export type TSourceType = z.infer<typeof ZSourceType>;

export const SOURCE_TYPE_LABELS: Record<TSourceType, string> = {
  primary_document: "Primary document",
  official_statement: "Official statement",
  news_report: "News report",
  dataset: "Dataset",
  expert: "Expert",
  cited_in_article: "Cited in article",
  other: "Other",
};

export const GRAPH_DIRECTIONS = ["TB", "LR"] as const;
export const ZGraphDirection = z.enum(GRAPH_DIRECTIONS, { error: "direction must be TB or LR" });
export type TGraphDirection = z.infer<typeof ZGraphDirection>;

export const BOARD_VISIBILITIES = ["private", "public"] as const;
export const ZBoardVisibility = z.enum(BOARD_VISIBILITIES);
export type TBoardVisibility = z.infer<typeof ZBoardVisibility>;
