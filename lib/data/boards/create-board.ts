import "server-only";
import { contentHash } from "../../anchoring/content-hash";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TBoardCreateInput } from "../../schemas/board";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { chooseWorkspaceForNewBoard } from "./choose-workspace-for-new-board";

/** A new fact-check board for a pasted article. */
export async function createBoard(db: TPrismaClient, actor: TActor, input: TBoardCreateInput): Promise<{ id: string }> {
  const workspaceId = await chooseWorkspaceForNewBoard(db, actor, input.workspaceId);
  const { article } = input;
  return db.$transaction(async (tx) => {
    const board = await tx.board.create({
      select: { id: true },
      data: {
        workspaceId,
        title: input.title,
        description: input.description,
        article: {
          create: {
            title: article.title ?? null,
            byline: article.byline ?? null,
            publisher: article.publisher ?? null,
            publishedOn: article.publishedOn ?? null,
            url: article.url ?? null,
            text: article.text,
            contentHash: contentHash(article.text),
          },
        },
      },
    });
    // The text itself is not copied into the log: it is fixed once claims anchor to it.
    const after = { title: input.title, description: input.description, article: { ...article, text: `${article.text.length} characters` } };
    await recordActivity(tx, actor, { boardId: board.id, entityType: "board", entityId: board.id, action: "created", before: null, after });
    return board;
  });
}
