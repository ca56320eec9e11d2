import "server-only";
import type { TBoardView, TBoardViewWithText } from "../../board/types";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TActor } from "../actor";
import { roleInWorkspace } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { notFound } from "../errors";
import type { TBoardRowCounts } from "../../board/board-rows";
import { getBoardRowsCursors, type TBoardRowsCursors } from "./get-board-rows-cursors";
import { countBoardRows } from "./get-board-rows-page";
import { BOARD_INCLUDE, toBoardView } from "./get-board-view";

/**
 * What a board page carries in its HTML, whatever the board's size: the first claims in reading order with their
 * links, evidence, relations, positions and corrections. A board within these limits is sent whole, as before.
 */
export const FIRST_SLICE = { claims: 200, evidence: 1_000, links: 1_000, relations: 1_000 } as const;

export type TBoardPageView = {
  board: TBoardView;
  /** False when the page carries only the first slice: the client loads every table's rows from the API. */
  complete: boolean;
  /** Rows of each table on the board, for the client's loading progress. */
  totals: TBoardRowCounts;
  /** When incomplete: the cursor of every page the client will ask for, so the page can have them fetched early. */
  cursors?: TBoardRowsCursors;
};

/** The article's details without its text: the pages that show the text read it themselves (getBoardArticleText). */
function withoutArticleText(view: TBoardViewWithText): TBoardView {
  const { id, title, byline, publisher, publishedOn, url, contentHash } = view.article;
  return { ...view, article: { id, title, byline, publisher, publishedOn, url, contentHash } };
}

/** The board for its pages (its article without the text): whole when small, else a bounded first slice (see FIRST_SLICE). */
export async function getBoardPageView(db: TPrismaClient, actor: TActor, boardId: string): Promise<TBoardPageView> {
  const authorized = await authorizeBoard(db, actor, boardId, "board.read");
  const viewerRole = roleInWorkspace(actor, authorized.workspaceId);
  const totals = await countBoardRows(db, boardId);
  const complete =
    totals.claims <= FIRST_SLICE.claims &&
    totals.evidence <= FIRST_SLICE.evidence &&
    totals.links <= FIRST_SLICE.links &&
    totals.relations <= FIRST_SLICE.relations &&
    totals.undercuts <= FIRST_SLICE.relations &&
    totals.premiseGroups <= FIRST_SLICE.relations;
  if (complete) {
    const board = await db.board.findUnique({ where: { id: boardId }, include: BOARD_INCLUDE });
    if (!board?.article) throw notFound("Board");
    return { board: withoutArticleText(toBoardView(board, actor, viewerRole)), complete, totals };
  }

  const claims = await db.claim.findMany({
    where: { boardId },
    orderBy: BOARD_INCLUDE.claims.orderBy,
    take: FIRST_SLICE.claims,
    select: { id: true },
  });
  const claimIds = claims.map((claim) => claim.id);
  const links = await db.evidenceLink.findMany({
    where: { boardId, claimId: { in: claimIds } },
    orderBy: BOARD_INCLUDE.links.orderBy,
    take: FIRST_SLICE.links,
    select: { id: true, evidenceId: true },
  });
  const evidenceIds = [...new Set(links.map((link) => link.evidenceId))];
  const board = await db.board.findUnique({
    where: { id: boardId },
    include: {
      ...BOARD_INCLUDE,
      // Read on their own below: their filters repeat the slice's ids past SQLite's parameter limit.
      undercuts: false,
      premiseGroups: false,
      claims: { ...BOARD_INCLUDE.claims, where: { id: { in: claimIds } } },
      evidence: { ...BOARD_INCLUDE.evidence, where: { id: { in: evidenceIds } } },
      links: { ...BOARD_INCLUDE.links, where: { id: { in: links.map((link) => link.id) } } },
      relations: {
        ...BOARD_INCLUDE.relations,
        where: { fromClaimId: { in: claimIds }, toClaimId: { in: claimIds } },
        take: FIRST_SLICE.relations,
      },
      positions: { where: { nodeId: { in: [...claimIds, ...evidenceIds] } } },
      corrections: { ...BOARD_INCLUDE.corrections, where: { claimId: { in: claimIds } } },
    },
  });
  if (!board?.article) throw notFound("Board");
  // Only those whose every end is in the slice (the relations are capped too); the rest arrive with the full rows.
  const inSlice = new Set(claimIds);
  const linkIds = new Set(links.map((link) => link.id));
  const relationIds = new Set(board.relations.map((relation) => relation.id));
  const [undercuts, premiseGroups, cursors] = await Promise.all([
    db.undercut.findMany({ where: { boardId, fromClaimId: { in: claimIds } }, orderBy: BOARD_INCLUDE.undercuts.orderBy }),
    db.premiseGroup.findMany({ where: { boardId, toClaimId: { in: claimIds } }, ...BOARD_INCLUDE.premiseGroups }),
    getBoardRowsCursors(db, boardId, totals),
  ]);
  return {
    board: withoutArticleText(toBoardView(
      {
        ...board,
        undercuts: undercuts.filter((u) => (u.linkId !== null && linkIds.has(u.linkId)) || (u.relationId !== null && relationIds.has(u.relationId))),
        premiseGroups: premiseGroups.filter((group) => group.members.every((member) => inSlice.has(member.claimId))),
      },
      actor,
      viewerRole,
    )),
    complete,
    totals,
    cursors,
  };
}
