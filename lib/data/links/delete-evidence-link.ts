import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { toEvidenceLinkView } from "../mappers";
import { ensureClaimsKeepEvidence } from "./ensure-claims-keep-evidence";
import { deleteDependentArguments } from "../undercuts/delete-dependent-arguments";
import { findBoardEvidenceLink } from "./find-board-evidence-link";

/** Unlinks evidence from a claim; a claim in review or published keeps at least one link (409). */
export async function deleteEvidenceLink(db: TPrismaClient, actor: TActor, boardId: string, linkId: string): Promise<void> {
  await authorizeBoard(db, actor, boardId, "link.delete");
  await db.$transaction(async (tx) => {
    const link = toEvidenceLinkView(await findBoardEvidenceLink(tx, boardId, linkId));
    await ensureClaimsKeepEvidence(tx, boardId, [linkId]);
    await deleteDependentArguments(tx, actor, boardId, { linkIds: [linkId] });
    await tx.evidenceLink.delete({ where: { id: linkId } });
    await recordActivity(tx, actor, { boardId, entityType: "link", entityId: linkId, claimId: link.claimId, action: "deleted", before: link, after: null });
  });
}
