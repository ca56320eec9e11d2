import "server-only";
import { quoteWindow, type TQuoteWindow } from "../../anchoring/quote-window";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { notFound } from "../errors";

/**
 * The article around a claim's quote, for the views that do not carry the article's text (the graph, the review
 * board, search): only that window leaves the server, never the whole text. Null when the quote is no longer in the
 * text. 404 for a claim of another board, or a board the actor may not read.
 */
export async function getClaimContext(
  db: TPrismaClient,
  actor: TActor,
  boardId: string,
  claimId: string,
): Promise<TQuoteWindow | null> {
  await authorizeBoard(db, actor, boardId, "board.read");
  const claim = await db.claim.findFirst({
    where: { id: claimId, boardId },
    select: { positionStart: true, positionEnd: true, quoteExact: true },
  });
  if (!claim) throw notFound("Claim");
  const article = await db.article.findUnique({ where: { boardId }, select: { text: true } });
  if (!article) throw notFound("Board");
  return quoteWindow(article.text, { start: claim.positionStart, end: claim.positionEnd, exact: claim.quoteExact });
}
