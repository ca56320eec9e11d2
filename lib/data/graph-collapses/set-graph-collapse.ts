import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TGraphCollapseInput } from "../../schemas/graph-collapse";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { DataError, notFound } from "../errors";
import { listGraphCollapses } from "./list-graph-collapses";

/**
 * Collapses or expands one claim in the signed-in reader's graph of this board. A view preference
 * of one reader, not a change to the board: anyone who may read the board may set their own, and
 * it goes into no activity log (which every member reads, and live views follow).
 * Setting what is already set changes nothing. Answers with the reader's collapsed claims.
 */
export async function setGraphCollapse(
  db: TPrismaClient,
  actor: TActor,
  boardId: string,
  input: TGraphCollapseInput,
): Promise<{ claimIds: string[] }> {
  await authorizeBoard(db, actor, boardId, "board.read");
  const userId = actor.userId;
  if (userId === null) throw new DataError("unauthenticated", "Sign in to keep collapsed claims between visits.");
  const claim = await db.claim.findFirst({ where: { id: input.claimId, boardId }, select: { id: true } });
  if (!claim) throw notFound("Claim");
  const key = { userId_boardId_claimId: { userId, boardId, claimId: input.claimId } };
  if (input.collapsed) {
    await db.graphCollapse.upsert({ where: key, create: { userId, boardId, claimId: input.claimId }, update: {} });
  } else {
    await db.graphCollapse.deleteMany({ where: { userId, boardId, claimId: input.claimId } });
  }
  return listGraphCollapses(db, actor, boardId);
}
