import "server-only";
import type { TEvidenceLinkView } from "../../board/types";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TEvidenceLinkCreateInput } from "../../schemas/link";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { findBoardClaim } from "../claims/find-board-claim";
import { DataError, isUniqueViolation } from "../errors";
import { findBoardEvidence } from "../evidence/find-board-evidence";
import { toEvidenceLinkView } from "../mappers";

const duplicateLink = () =>
  new DataError("conflict", "This evidence is already linked to this claim. Change the existing link's stance instead.");

export async function createEvidenceLink(
  db: TPrismaClient,
  actor: TActor,
  boardId: string,
  input: TEvidenceLinkCreateInput,
): Promise<TEvidenceLinkView> {
  await authorizeBoard(db, actor, boardId, "link.create");
  await findBoardClaim(db, boardId, input.claimId);
  await findBoardEvidence(db, boardId, input.evidenceId);
  const existing = await db.evidenceLink.findUnique({
    where: { claimId_evidenceId: { claimId: input.claimId, evidenceId: input.evidenceId } },
    select: { id: true },
  });
  if (existing) throw duplicateLink();
  try {
    return await db.$transaction(async (tx) => {
      const link = toEvidenceLinkView(await tx.evidenceLink.create({ data: { boardId, ...input } }));
      await recordActivity(tx, actor, { boardId, entityType: "link", entityId: link.id, claimId: link.claimId, action: "created", before: null, after: link });
      return link;
    });
  } catch (error) {
    // Two people linking the same pair at once: the unique index decides.
    if (isUniqueViolation(error)) throw duplicateLink();
    throw error;
  }
}
