import "server-only";
import type { TDbClient } from "../../db/prisma-client";
import { notFound } from "../errors";

export async function findBoardEvidenceLink(db: TDbClient, boardId: string, linkId: string) {
  const link = await db.evidenceLink.findFirst({ where: { id: linkId, boardId } });
  if (!link) throw notFound("Link");
  return link;
}
