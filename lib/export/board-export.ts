import { z } from "zod";
import { MAX_CLAIM_NUMBER } from "../board/claim-numbers";
import type { TBoardViewWithText } from "../board/types";
import { computeBoardStrengths } from "../strength/board-strengths";
import {
  ZBoardVisibility,
  ZClaimKind,
  ZRelationType,
  ZSourceType,
  ZStance,
  ZVerdict,
} from "../schemas/vocabulary";

/** What exports write: v1 plus base scores, computed strengths and room for undercuts and premise groups. */
export const BOARD_EXPORT_FORMAT = "claimgraph.board.v2";
/** Still imported: a v1 file's claims get the default base score. */
export const BOARD_EXPORT_FORMAT_V1 = "claimgraph.board.v1";

const ZUnitScore = z.number().min(0, "must be from 0 to 1").max(1, "must be from 0 to 1");

/** The first export format (README: "Export format"). */
export const ZBoardExportV1 = z.object({
  format: z.literal(BOARD_EXPORT_FORMAT_V1),
  exportedAt: z.string(),
  board: z.object({ id: z.string(), title: z.string(), description: z.string(), visibility: ZBoardVisibility }),
  article: z.object({
    title: z.string().nullable(),
    byline: z.string().nullable(),
    publisher: z.string().nullable(),
    publishedOn: z.string().nullable(),
    url: z.string().nullable(),
    text: z.string(),
    contentHash: z.string(),
  }),
  claims: z.array(
    z.object({
      id: z.string(),
      /** The claim's number on its board. Optional: an import keeps it unless repeated, and numbers the rest itself. */
      number: z
        .number({ error: "number must be a whole number from 1 to 1,000,000" })
        .int("number must be a whole number from 1 to 1,000,000")
        .min(1, "number must be a whole number from 1 to 1,000,000")
        .max(MAX_CLAIM_NUMBER, "number must be a whole number from 1 to 1,000,000")
        .optional(),
      statement: z.string(),
      selector: z.object({
        exact: z.string(),
        prefix: z.string(),
        suffix: z.string(),
        start: z.number().int(),
        end: z.number().int(),
      }),
      speaker: z.string(),
      kind: ZClaimKind,
      checkable: z.boolean(),
      checkworthiness: z.number(),
      verdict: ZVerdict,
      verdictRationale: z.string(),
    }),
  ),
  evidence: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      url: z.string().nullable(),
      publisher: z.string().nullable(),
      publishedOn: z.string().nullable(),
      excerpt: z.string(),
      sourceType: ZSourceType,
      reliability: z.number().int(),
      provenance: z.string(),
    }),
  ),
  links: z.array(
    z.object({
      id: z.string(),
      claimId: z.string(),
      evidenceId: z.string(),
      stance: ZStance,
      strength: z.number().int(),
      note: z.string(),
    }),
  ),
  relations: z.array(
    z.object({ id: z.string(), fromClaimId: z.string(), toClaimId: z.string(), type: ZRelationType, note: z.string() }),
  ),
});
export type TBoardExportV1 = z.infer<typeof ZBoardExportV1>;

const ZClaimExportV2 = ZBoardExportV1.shape.claims.element.extend({
  /** τ; a file without it imports as 0.5. */
  baseScore: ZUnitScore.optional(),
  /** σ as computed on export, null when the board's strengths did not settle; not read on import. */
  strength: ZUnitScore.nullable().optional(),
});

/** A claim that undercuts an evidence link or a claim relation (lib/strength). */
const ZUndercutExport = z.object({
  id: z.string(),
  fromClaimId: z.string(),
  target: z.object({ type: z.enum(["link", "relation"]), id: z.string() }),
  note: z.string().optional(),
});

/** Claims that support or attack a target only together (lib/strength). */
const ZPremiseGroupExport = z.object({
  id: z.string(),
  premiseClaimIds: z.array(z.string()),
  toClaimId: z.string(),
  type: ZRelationType,
  note: z.string().optional(),
});

/** The documented export format (README: "Export format"); import reads v1 too (ZBoardExportFile). */
export const ZBoardExportV2 = ZBoardExportV1.extend({
  format: z.literal(BOARD_EXPORT_FORMAT),
  /** False when the strengths did not settle within the round cap: every claim's strength is then null. */
  strengthSettled: z.boolean().optional(),
  claims: z.array(ZClaimExportV2),
  undercuts: z.array(ZUndercutExport).optional(),
  premiseGroups: z.array(ZPremiseGroupExport).optional(),
});
export type TBoardExportV2 = z.infer<typeof ZBoardExportV2>;

/** Any file import accepts: v2, or v1 (whose claims have no base score, so theirs is 0.5). */
export const ZBoardExportFile = ZBoardExportV2.extend({
  format: z.enum([BOARD_EXPORT_FORMAT, BOARD_EXPORT_FORMAT_V1], {
    error: `format must be "${BOARD_EXPORT_FORMAT}" or "${BOARD_EXPORT_FORMAT_V1}"`,
  }),
});
export type TBoardExportFile = z.infer<typeof ZBoardExportFile>;

export function buildBoardExport(board: TBoardViewWithText, exportedAt: Date): TBoardExportV2 {
  const { article } = board;
  const { strengths, settled } = computeBoardStrengths(board);
  return {
    format: BOARD_EXPORT_FORMAT,
    exportedAt: exportedAt.toISOString(),
    board: { id: board.id, title: board.title, description: board.description, visibility: board.visibility },
    strengthSettled: settled,
    article: {
      title: article.title,
      byline: article.byline,
      publisher: article.publisher,
      publishedOn: article.publishedOn,
      url: article.url,
      text: article.text,
      contentHash: article.contentHash,
    },
    claims: board.claims.map((claim) => ({
      id: claim.id,
      number: claim.number,
      statement: claim.statement,
      selector: { ...claim.selector },
      speaker: claim.speaker,
      kind: claim.kind,
      checkable: claim.checkable,
      checkworthiness: claim.checkworthiness,
      baseScore: claim.baseScore,
      strength: settled ? (strengths.get(claim.id) ?? null) : null,
      verdict: claim.verdict,
      verdictRationale: claim.verdictRationale,
    })),
    evidence: board.evidence.map((item) => ({
      id: item.id,
      title: item.title,
      url: item.url,
      publisher: item.publisher,
      publishedOn: item.publishedOn,
      excerpt: item.excerpt,
      sourceType: item.sourceType,
      reliability: item.reliability,
      provenance: item.provenance,
    })),
    links: board.links.map((link) => ({ ...link })),
    relations: board.relations.map((relation) => ({ ...relation })),
    undercuts: board.undercuts.map(({ id, fromClaimId, target, note }) => ({ id, fromClaimId, target: { ...target }, note })),
    premiseGroups: board.premiseGroups.map(({ id, premiseClaimIds, toClaimId, type, note }) => ({ id, premiseClaimIds: [...premiseClaimIds], toClaimId, type, note })),
  };
}
