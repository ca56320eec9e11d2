import "server-only";
import type { TEvidenceLinkView } from "../../board/types";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TEvidenceLinkUpdateInput } from "../../schemas/link";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { toEvidenceLinkView } from "../mappers";
import { findBoardEvidenceLink } from "./find-board-evidence-link";

export async function updateEvidenceLink(
  db: TPrismaClient,
  actor: TActor,
  boardId: string,
  linkId: string,
  input: TEvidenceLinkUpdateInput,
): Promise<TEvidenceLinkView> {
  await authorizeBoard(db, actor, boardId, "link.edit");
  return db.$transaction(async (tx) => {
    const before = toEvidenceLinkView(await findBoardEvidenceLink(tx, boardId, linkId));
    const after = toEvidenceLinkView(await tx.evidenceLink.update({ where: { id: linkId }, data: input }));
    await recordActivity(tx, actor, { boardId, entityType: "link", entityId: linkId, claimId: after.claimId, action: "updated", before, after });
    return after;
  });
}
