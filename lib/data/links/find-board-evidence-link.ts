import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import { notFound } from "../errors";

export async function findBoardEvidenceLink(db: TPrismaClient, boardId: string, linkId: string) {
  const link = await db.evidenceLink.findFirst({ where: { id: linkId, boardId } });
  if (!link) throw notFound("Link");
  return link;
}
