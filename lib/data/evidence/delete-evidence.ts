import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { toEvidenceLinkView, toEvidenceView } from "../mappers";
import { ensureClaimsKeepEvidence } from "../links/ensure-claims-keep-evidence";
import { deleteDependentArguments } from "../undercuts/delete-dependent-arguments";
import { findBoardEvidence } from "./find-board-evidence";

/**
 * Deletes the evidence with its links and saved position; each claim's history
 * keeps the removed link. Refused (409, nothing removed) if a claim in review
 * or published would be left with no linked evidence.
 */
export async function deleteEvidence(db: TPrismaClient, actor: TActor, boardId: string, evidenceId: string): Promise<void> {
  await authorizeBoard(db, actor, boardId, "evidence.delete");
  await db.$transaction(async (tx) => {
    const evidence = await findBoardEvidence(tx, boardId, evidenceId);
    const links = await tx.evidenceLink.findMany({ where: { evidenceId } });
    await ensureClaimsKeepEvidence(tx, boardId, links.map((link) => link.id));
    await deleteDependentArguments(tx, actor, boardId, { evidenceIds: [evidenceId] });
    await tx.nodePosition.deleteMany({ where: { boardId, nodeId: evidenceId } });
    await tx.evidence.delete({ where: { id: evidenceId } });
    await recordActivity(tx, actor, { boardId, entityType: "evidence", entityId: evidenceId, action: "deleted", before: toEvidenceView(evidence), after: null });
    for (const link of links) {
      await recordActivity(tx, actor, { boardId, entityType: "link", entityId: link.id, claimId: link.claimId, action: "deleted", before: toEvidenceLinkView(link), after: null });
    }
  });
}
