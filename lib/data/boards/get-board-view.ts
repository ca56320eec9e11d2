import "server-only";
import type { TBoardView } from "../../board/types";
import type { TPrismaClient } from "../../db/prisma-client";
import { ZBoardVisibility, ZGraphDirection } from "../../schemas/vocabulary";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { notFound } from "../errors";
import { toClaimRelationView, toClaimView, toEvidenceLinkView, toEvidenceView } from "../mappers";

/** The whole board: article, claims in reading order, evidence, links, relations, saved positions. */
export async function getBoardView(db: TPrismaClient, actor: TActor, boardId: string): Promise<TBoardView> {
  await authorizeBoard(db, actor, boardId, "board.read");
  const board = await db.board.findUnique({
    where: { id: boardId },
    include: {
      article: true,
      claims: { orderBy: [{ positionStart: "asc" }, { positionEnd: "desc" }, { id: "asc" }] },
      evidence: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      links: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      relations: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      positions: true,
    },
  });
  if (!board?.article) throw notFound("Board");
  const { article } = board;
  return {
    id: board.id,
    title: board.title,
    description: board.description,
    visibility: ZBoardVisibility.parse(board.visibility),
    graphDirection: ZGraphDirection.parse(board.graphDirection),
    article: {
      id: article.id,
      title: article.title,
      byline: article.byline,
      publisher: article.publisher,
      publishedOn: article.publishedOn,
      url: article.url,
      text: article.text,
      contentHash: article.contentHash,
    },
    claims: board.claims.map(toClaimView),
    evidence: board.evidence.map(toEvidenceView),
    links: board.links.map(toEvidenceLinkView),
    relations: board.relations.map(toClaimRelationView),
    positions: Object.fromEntries(board.positions.map((p) => [p.nodeId, { x: p.x, y: p.y }])),
  };
}
