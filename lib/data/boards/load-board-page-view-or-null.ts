import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TActor } from "../actor";
import { DataError } from "../errors";
import { getBoardPageView, type TBoardPageView } from "./get-board-page-view";

/** For pages: the board as its pages load it (a bounded first slice of a large one), or null when the board does not exist or is not visible to the actor. */
export async function loadBoardPageViewOrNull(db: TPrismaClient, actor: TActor, boardId: string): Promise<TBoardPageView | null> {
  try {
    return await getBoardPageView(db, actor, boardId);
  } catch (error) {
    if (error instanceof DataError && error.code === "not_found") return null;
    throw error;
  }
}
