import "server-only";
import type { Graph } from "schema-dts";
import type { TPrismaClient } from "../../db/prisma-client";
import { buildClaimReviewGraph } from "../../export/claim-review";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { notFound } from "../errors";
import { toClaimView } from "../mappers";
import { toVerdictScaleSettings } from "../workspaces/to-verdict-scale-settings";

/**
 * ClaimReview JSON-LD for the board's published verdicts, in the workspace's
 * scale. Readable by whoever may read the board (anyone, when it is public).
 */
export async function getBoardClaimReviews(
  db: TPrismaClient,
  actor: TActor,
  boardId: string,
  /** The public origin each review's url (the claim's permalink) is under; null leaves the urls out. */
  origin: string | null,
): Promise<Graph> {
  await authorizeBoard(db, actor, boardId, "board.read");
  const board = await db.board.findUnique({
    where: { id: boardId },
    select: {
      article: { select: { title: true, byline: true, publisher: true, publishedOn: true, url: true } },
      claims: {
        where: { stage: "published" },
        orderBy: [{ positionStart: "asc" }, { positionEnd: "desc" }, { id: "asc" }],
      },
      workspace: { select: { name: true, verdictScale: true } },
    },
  });
  if (!board?.article) throw notFound("Board");
  return buildClaimReviewGraph({
    article: board.article,
    claims: board.claims.map(toClaimView),
    workspaceName: board.workspace.name,
    verdictScale: toVerdictScaleSettings(board.workspace.verdictScale).scale,
    boardId,
    origin,
  });
}
