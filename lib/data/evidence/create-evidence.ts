import "server-only";
import type { TEvidenceLinkView, TEvidenceView } from "../../board/types";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TEvidenceCreateInput } from "../../schemas/evidence";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { findBoardClaim } from "../claims/find-board-claim";
import { DataError } from "../errors";
import { toEvidenceLinkView, toEvidenceView } from "../mappers";

export async function createEvidence(
  db: TPrismaClient,
  actor: TActor,
  boardId: string,
  input: TEvidenceCreateInput,
): Promise<TEvidenceView & { link?: TEvidenceLinkView }> {
  await authorizeBoard(db, actor, boardId, input.link ? ["evidence.create", "link.create"] : "evidence.create");
  if (input.link) await findBoardClaim(db, boardId, input.link.claimId);
  if (input.url) {
    const sameUrl = await db.evidence.findFirst({ where: { boardId, url: input.url }, select: { id: true, title: true } });
    if (sameUrl) {
      throw new DataError("conflict", `This board already has evidence with that URL: "${sameUrl.title}". Link it instead.`, {
        evidenceId: sameUrl.id,
      });
    }
  }
  const { link } = input;
  // One transaction: the evidence, its link and their log entries are saved together or not at all.
  return db.$transaction(async (tx) => {
    const row = await tx.evidence.create({
      include: { links: true },
      data: {
        boardId,
        title: input.title,
        url: input.url ?? null,
        publisher: input.publisher ?? null,
        publishedOn: input.publishedOn ?? null,
        excerpt: input.excerpt,
        sourceType: input.sourceType,
        reliability: input.reliability,
        provenance: input.provenance,
        links: link ? { create: { boardId, ...link } } : undefined,
      },
    });
    const evidence = toEvidenceView(row);
    await recordActivity(tx, actor, { boardId, entityType: "evidence", entityId: evidence.id, action: "created", before: null, after: evidence });
    const createdLink = row.links[0] ? toEvidenceLinkView(row.links[0]) : undefined;
    if (createdLink) {
      await recordActivity(tx, actor, { boardId, entityType: "link", entityId: createdLink.id, claimId: createdLink.claimId, action: "created", before: null, after: createdLink });
    }
    return { ...evidence, ...(createdLink ? { link: createdLink } : {}) };
  });
}
