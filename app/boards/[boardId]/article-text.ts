import { notFound } from "next/navigation";
import { getBoardArticleText } from "@/lib/data/boards/get-board-article-text";
import { DataError } from "@/lib/data/errors";
import { getPrisma } from "@/lib/db/prisma-client";
import { getRequestActor } from "@/lib/http/request-actor";

/** The article text for a board page that shows it (the layout has checked the board; this checks again, as every read does). */
export async function loadArticleTextOrNotFound(boardId: string): Promise<string> {
  try {
    return await getBoardArticleText(getPrisma(), await getRequestActor(), boardId);
  } catch (error) {
    if (error instanceof DataError && error.code === "not_found") notFound();
    throw error;
  }
}
