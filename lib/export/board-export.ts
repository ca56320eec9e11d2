import { z } from "zod";
import { MAX_CLAIM_NUMBER } from "../board/claim-numbers";
import type { TBoardView } from "../board/types";
import {
  ZBoardVisibility,
  ZClaimKind,
  ZRelationType,
  ZSourceType,
  ZStance,
  ZVerdict,
} from "../schemas/vocabulary";

export const BOARD_EXPORT_FORMAT = "claimgraph.board.v1";

/** The documented export format (README: "Export format"). */
export const ZBoardExportV1 = z.object({
  format: z.literal(BOARD_EXPORT_FORMAT),
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
      /** The claim's number on its board. Optional: an import keeps a valid one and numbers the rest itself. */
      number: z.number().int().min(1).max(MAX_CLAIM_NUMBER).optional().catch(undefined),
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

export function buildBoardExport(board: TBoardView, exportedAt: Date): TBoardExportV1 {
  const { article } = board;
  return {
    format: BOARD_EXPORT_FORMAT,
    exportedAt: exportedAt.toISOString(),
    board: { id: board.id, title: board.title, description: board.description, visibility: board.visibility },
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
  };
}
