import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { findBoardClaim } from "./find-board-claim";

/** Deletes the claim with its links, relations and saved position. */
export async function deleteClaim(db: TPrismaClient, actor: TActor, boardId: string, claimId: string): Promise<void> {
  await authorizeBoard(db, actor, boardId, "claim.delete");
  await findBoardClaim(db, boardId, claimId);
  await db.$transaction([
    db.nodePosition.deleteMany({ where: { boardId, nodeId: claimId } }),
    db.claim.delete({ where: { id: claimId } }),
  ]);
}
