import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import { buildBoardReport, type TBoardReport } from "../../report/board-report";
import type { TActor } from "../actor";
import { getBoardView } from "./get-board-view";

/**
 * The board's report (article with claim markers, published findings, evidence, corrections, reviewers) for
 * whoever may read the board: outsiders get not_found for a private board, and anyone reads a public one.
 */
export async function getBoardReport(db: TPrismaClient, actor: TActor, boardId: string): Promise<TBoardReport> {
  return buildBoardReport(await getBoardView(db, actor, boardId));
}
