import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { notFound } from "../errors";

/** The board's article text, for the pages that show it; 404 for a board the actor may not read. */
export async function getBoardArticleText(db: TPrismaClient, actor: TActor, boardId: string): Promise<string> {
  await authorizeBoard(db, actor, boardId, "board.read");
  const article = await db.article.findUnique({ where: { boardId }, select: { text: true } });
  if (!article) throw notFound("Board");
  return article.text;
}
