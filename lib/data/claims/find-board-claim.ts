import "server-only";
import type { TDbClient } from "../../db/prisma-client";
import { notFound } from "../errors";

/** The claim, only if it belongs to the board (ids from another board are 404). */
export async function findBoardClaim(db: TDbClient, boardId: string, claimId: string) {
  const claim = await db.claim.findFirst({ where: { id: claimId, boardId } });
  if (!claim) throw notFound("Claim");
  return claim;
}
