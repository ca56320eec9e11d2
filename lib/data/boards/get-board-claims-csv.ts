import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import { buildClaimsCsv } from "../../export/claims-csv";
import type { TActor } from "../actor";
import { getBoardView } from "./get-board-view";

/** The board's claims as CSV for whoever may read the board; `origin` makes the permalinks absolute. */
export async function getBoardClaimsCsv(db: TPrismaClient, actor: TActor, boardId: string, origin: string | null): Promise<string> {
  return buildClaimsCsv(await getBoardView(db, actor, boardId), origin);
}
