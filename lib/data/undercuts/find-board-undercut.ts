import "server-only";
import type { TDbClient } from "../../db/prisma-client";
import { notFound } from "../errors";

export async function findBoardUndercut(db: TDbClient, boardId: string, undercutId: string) {
  const undercut = await db.undercut.findFirst({ where: { id: undercutId, boardId } });
  if (!undercut) throw notFound("Undercut");
  return undercut;
}

/** The claim whose case an undercut weakens: the edge's target claim. Its history logs the undercut. */
export async function undercutClaimId(db: TDbClient, undercut: { linkId: string | null; relationId: string | null }): Promise<string | null> {
  if (undercut.linkId !== null) {
    return (await db.evidenceLink.findUnique({ where: { id: undercut.linkId }, select: { claimId: true } }))?.claimId ?? null;
  }
  if (undercut.relationId !== null) {
    return (await db.claimRelation.findUnique({ where: { id: undercut.relationId }, select: { toClaimId: true } }))?.toClaimId ?? null;
  }
  return null;
}
