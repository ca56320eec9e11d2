// Database rows to the plain views in lib/board/types. Enumerated strings are
// parsed so a bad value in the database fails loudly instead of leaking out.
import type {
  TClaimRelationView,
  TClaimView,
  TCorrectionView,
  TEvidenceLinkView,
  TEvidenceView,
  TPremiseGroupView,
  TUndercutView,
} from "../board/types";
import { ZClaimKind, ZRelationType, ZSourceType, ZStance, ZVerdict } from "../schemas/vocabulary";
import { ZWorkflowStage } from "../workflow/stages";
import type { Correction, Claim, ClaimRelation, Evidence, EvidenceLink, PremiseGroup, Undercut } from "../db/generated/sqlite/client";

export function toClaimView(row: Claim): TClaimView {
  return {
    id: row.id,
    number: row.number,
    statement: row.statement,
    selector: {
      exact: row.quoteExact,
      prefix: row.quotePrefix,
      suffix: row.quoteSuffix,
      start: row.positionStart,
      end: row.positionEnd,
    },
    speaker: row.speaker,
    kind: ZClaimKind.parse(row.kind),
    checkable: row.checkable,
    checkworthiness: row.checkworthiness,
    baseScore: row.baseScore,
    verdict: ZVerdict.parse(row.verdict),
    verdictRationale: row.verdictRationale,
    stage: ZWorkflowStage.parse(row.stage),
    assigneeId: row.assigneeId,
    proposedVerdict: row.proposedVerdict === null ? null : ZVerdict.parse(row.proposedVerdict),
    proposedRationale: row.proposedRationale,
    proposedById: row.proposedById,
    approvedById: row.approvedById,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    dueOn: row.dueOn,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toEvidenceView(row: Evidence): TEvidenceView {
  return {
    id: row.id,
    title: row.title,
    url: row.url,
    publisher: row.publisher,
    publishedOn: row.publishedOn,
    excerpt: row.excerpt,
    sourceType: ZSourceType.parse(row.sourceType),
    reliability: row.reliability,
    provenance: row.provenance,
    version: row.version,
  };
}

export function toEvidenceLinkView(row: EvidenceLink): TEvidenceLinkView {
  return {
    id: row.id,
    claimId: row.claimId,
    evidenceId: row.evidenceId,
    stance: ZStance.parse(row.stance),
    strength: row.strength,
    note: row.note,
  };
}

export function toClaimRelationView(row: ClaimRelation): TClaimRelationView {
  return {
    id: row.id,
    fromClaimId: row.fromClaimId,
    toClaimId: row.toClaimId,
    type: ZRelationType.parse(row.type),
    note: row.note,
  };
}

export function toCorrectionView(row: Correction): TCorrectionView {
  return {
    id: row.id,
    claimId: row.claimId,
    fromVerdict: ZVerdict.parse(row.fromVerdict),
    toVerdict: ZVerdict.parse(row.toVerdict),
    reason: row.reason,
    correctedById: row.correctedById,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toUndercutView(row: Undercut): TUndercutView {
  const target = row.linkId !== null ? { type: "link" as const, id: row.linkId } : row.relationId !== null ? { type: "relation" as const, id: row.relationId } : null;
  if (!target) throw new Error(`undercut ${row.id} has no target`);
  return { id: row.id, fromClaimId: row.fromClaimId, target, note: row.note };
}

export function toPremiseGroupView(row: PremiseGroup & { members: { claimId: string }[] }): TPremiseGroupView {
  return {
    id: row.id,
    premiseClaimIds: row.members.map((member) => member.claimId).sort(),
    toClaimId: row.toClaimId,
    type: ZRelationType.parse(row.type),
    note: row.note,
  };
}
