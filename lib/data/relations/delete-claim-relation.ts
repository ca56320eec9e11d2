import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { findBoardClaimRelation } from "./find-board-claim-relation";

export async function deleteClaimRelation(db: TPrismaClient, actor: TActor, boardId: string, relationId: string): Promise<void> {
  await authorizeBoard(db, actor, boardId, "relation.delete");
  await findBoardClaimRelation(db, boardId, relationId);
  await db.claimRelation.delete({ where: { id: relationId } });
}
