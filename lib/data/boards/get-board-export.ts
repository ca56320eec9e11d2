import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import { buildBoardExport, type TBoardExportV2 } from "../../export/board-export";
import type { TActor } from "../actor";
import { getBoardView } from "./get-board-view";

export async function getBoardExport(db: TPrismaClient, actor: TActor, boardId: string): Promise<TBoardExportV2> {
  return buildBoardExport(await getBoardView(db, actor, boardId), new Date());
}
