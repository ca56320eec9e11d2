import "server-only";
import type { TDbClient } from "../../db/prisma-client";
import { ZWorkflowStage } from "../../workflow/stages";
import { VERDICT_BASIS_STAGES, lastEvidenceRemovalRefusal } from "../../workflow/verdict-basis";
import { DataError } from "../errors";

/**
 * Refuses (409) removing these links when that would leave a claim in review
 * or published with no linked evidence; call it in the removal's transaction,
 * before deleting anything. The claims' rows are locked first, so two
 * removals of a claim's last two links can't both pass on PostgreSQL.
 */
export async function ensureClaimsKeepEvidence(tx: TDbClient, boardId: string, removedLinkIds: readonly string[]): Promise<void> {
  if (removedLinkIds.length === 0) return;
  const removed = await tx.evidenceLink.findMany({ where: { id: { in: [...removedLinkIds] }, boardId }, select: { claimId: true } });
  const claimIds = [...new Set(removed.map((link) => link.claimId))].sort();
  if (claimIds.length === 0) return;
  // A no-op write takes each claim's row lock until the transaction ends (SQLite has one writer anyway).
  for (const claimId of claimIds) await tx.$executeRaw`UPDATE "Claim" SET "stage" = "stage" WHERE "id" = ${claimId}`;
  const held = await tx.claim.findMany({
    where: { id: { in: claimIds }, boardId, stage: { in: [...VERDICT_BASIS_STAGES] } },
    select: {
      id: true,
      statement: true,
      stage: true,
      _count: { select: { links: { where: { id: { notIn: [...removedLinkIds] } } } } },
    },
    orderBy: [{ positionStart: "asc" }, { id: "asc" }],
  });
  const bare = held.filter((claim) => claim._count.links === 0);
  if (bare.length === 0) return;
  const claims = bare.map((claim) => ({ claimId: claim.id, statement: claim.statement, stage: ZWorkflowStage.parse(claim.stage) }));
  throw new DataError("conflict", lastEvidenceRemovalRefusal(claims), { claims });
}
