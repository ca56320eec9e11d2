import "server-only";
import type { TBoardView } from "../../board/types";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TActor } from "../actor";
import { DataError } from "../errors";
import { getBoardView } from "./get-board-view";

/** For pages: null when the board does not exist or is not visible to the actor. */
export async function loadBoardViewOrNull(db: TPrismaClient, actor: TActor, boardId: string): Promise<TBoardView | null> {
  try {
    return await getBoardView(db, actor, boardId);
  } catch (error) {
    if (error instanceof DataError && error.code === "not_found") return null;
    throw error;
  }
}
