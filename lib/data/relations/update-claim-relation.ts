import "server-only";
import type { TClaimRelationView } from "../../board/types";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TClaimRelationUpdateInput } from "../../schemas/relation";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { toClaimRelationView } from "../mappers";
import { findBoardClaimRelation } from "./find-board-claim-relation";

export async function updateClaimRelation(
  db: TPrismaClient,
  actor: TActor,
  boardId: string,
  relationId: string,
  input: TClaimRelationUpdateInput,
): Promise<TClaimRelationView> {
  await authorizeBoard(db, actor, boardId, "relation.edit");
  await findBoardClaimRelation(db, boardId, relationId);
  return toClaimRelationView(await db.claimRelation.update({ where: { id: relationId }, data: input }));
}
