// The few display fields a graph node needs, taken from the board's claims and
// evidence. Shared by the graph view and the graph endpoint; no React here.
import type { TClaimView, TEvidenceView } from "@/lib/board/types";
import { shownVerdict } from "../workflow/published-verdict";
import { STAGE_LABELS, type TWorkflowStage } from "@/lib/workflow/stages";
import {
  CLAIM_KIND_LABELS,
  SOURCE_TYPE_LABELS,
  type TClaimKind,
  type TSourceType,
  type TVerdict,
} from "@/lib/schemas/vocabulary";
import { VERDICT_SCALE } from "@/lib/verdicts/verdict-scale";
import type { TVerdictScale } from "@/lib/verdicts/verdict-scale-overrides";

export type TClaimNodeData = {
  /** The claim's number on its board. */
  number: number;
  statement: string;
  verdict: TVerdict;
  kind: TClaimKind;
  checkable: boolean;
  stage: TWorkflowStage;
  assigneeId: string | null;
  /** Null when unassigned, or when no member names were given (the graph endpoint). */
  assigneeName: string | null;
};

export type TEvidenceNodeData = {
  title: string;
  publisher: string | null;
  sourceType: TSourceType;
  reliability: number;
};

/** `memberNames` (user id → name) names the assignee; someone no longer a member is named as such. */
export function claimNodeData(claim: TClaimView, memberNames?: ReadonlyMap<string, string>): TClaimNodeData {
  const assigneeName =
    claim.assigneeId === null || !memberNames ? null : (memberNames.get(claim.assigneeId) ?? "a former member");
  return {
    number: claim.number,
    statement: claim.statement,
    verdict: shownVerdict(claim),
    kind: claim.kind,
    checkable: claim.checkable,
    stage: claim.stage,
    assigneeId: claim.assigneeId,
    assigneeName,
  };
}

export function evidenceNodeData(evidence: TEvidenceView): TEvidenceNodeData {
  return {
    title: evidence.title,
    publisher: evidence.publisher,
    sourceType: evidence.sourceType,
    reliability: evidence.reliability,
  };
}

/** Ends text with a full stop unless it already ends a sentence. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…"'”’)]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** What a screen reader announces for a claim node, e.g. "Claim: … . Verdict: Unverified. … Stage: Researching.", in the workspace's words. */
export function claimAriaLabel(data: TClaimNodeData, verdictScale: TVerdictScale = VERDICT_SCALE): string {
  return [
    `Claim: ${sentence(data.statement)}`,
    `Verdict: ${verdictScale[data.verdict].label}.`,
    `Kind: ${CLAIM_KIND_LABELS[data.kind]}.`,
    data.checkable ? "" : "Not checkable.",
    `Stage: ${STAGE_LABELS[data.stage]}.`,
    data.assigneeName ? `Assigned to ${sentence(data.assigneeName)}` : "",
  ]
    .filter(Boolean)
    .join(" ");
}

/** What a screen reader announces for an evidence node, e.g. "Evidence: … . News report. Reliability 3 of 5." */
export function evidenceAriaLabel(data: TEvidenceNodeData): string {
  return [
    `Evidence: ${sentence(data.title)}`,
    data.publisher ? `Publisher: ${sentence(data.publisher)}` : "",
    `${SOURCE_TYPE_LABELS[data.sourceType]}.`,
    `Reliability ${data.reliability} of 5.`,
  ]
    .filter(Boolean)
    .join(" ");
}
