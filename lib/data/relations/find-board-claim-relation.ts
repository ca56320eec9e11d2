import "server-only";
import type { TDbClient } from "../../db/prisma-client";
import { notFound } from "../errors";

export async function findBoardClaimRelation(db: TDbClient, boardId: string, relationId: string) {
  const relation = await db.claimRelation.findFirst({ where: { id: relationId, boardId } });
  if (!relation) throw notFound("Relation");
  return relation;
}
