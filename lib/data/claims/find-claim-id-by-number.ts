import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { notFound } from "../errors";

/** The id of the board's claim with this number, for its permalink; 404 if either is missing or the board is not the actor's to read. */
export async function findClaimIdByNumber(db: TPrismaClient, actor: TActor, boardId: string, number: number): Promise<string> {
  await authorizeBoard(db, actor, boardId, "board.read");
  const claim = await db.claim.findUnique({ where: { boardId_number: { boardId, number } }, select: { id: true } });
  if (!claim) throw notFound("Claim");
  return claim.id;
}
