import "server-only";
import type { TBoardRowCounts, TBoardRowsByTable, TBoardRowsPage } from "../../board/board-rows";
import type { TPrismaClient } from "../../db/prisma-client";
import { BOARD_ROW_TABLES, type TBoardRowTable } from "../../schemas/board-rows";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import {
  toClaimRelationView,
  toClaimView,
  toCorrectionView,
  toEvidenceLinkView,
  toEvidenceView,
  toPremiseGroupView,
  toUndercutView,
} from "../mappers";
import { BOARD_INCLUDE } from "./get-board-view";

/** Rows per page: a few megabytes of JSON at most, and a short query. */
export const ROWS_PER_PAGE = 2_000;

export async function countBoardRows(db: TPrismaClient, boardId: string): Promise<TBoardRowCounts> {
  const counts = await Promise.all(BOARD_ROW_TABLES.map(async (table) => [table, await countRows(db, table, boardId)] as const));
  return Object.fromEntries(counts) as TBoardRowCounts;
}

/** One page of one table of a board, in the order the whole board lists it (claims in reading order). */
export async function getBoardRowsPage(
  db: TPrismaClient,
  actor: TActor,
  boardId: string,
  table: TBoardRowTable,
  offset: number,
): Promise<TBoardRowsPage> {
  await authorizeBoard(db, actor, boardId, "board.read");
  const page = { where: { boardId }, skip: offset, take: ROWS_PER_PAGE };
  const rows = await readRows(db, table, page);
  const total = await countRows(db, table, boardId);
  const nextOffset = offset + rows.length < total && rows.length > 0 ? offset + rows.length : null;
  return { table, rows, total, nextOffset } as TBoardRowsPage;
}

type TPage = { where: { boardId: string }; skip: number; take: number };

async function readRows(db: TPrismaClient, table: TBoardRowTable, page: TPage): Promise<TBoardRowsByTable[TBoardRowTable]> {
  switch (table) {
    case "claims":
      return (await db.claim.findMany({ ...page, orderBy: BOARD_INCLUDE.claims.orderBy })).map(toClaimView);
    case "evidence":
      return (await db.evidence.findMany({ ...page, orderBy: BOARD_INCLUDE.evidence.orderBy })).map(toEvidenceView);
    case "links":
      return (await db.evidenceLink.findMany({ ...page, orderBy: BOARD_INCLUDE.links.orderBy })).map(toEvidenceLinkView);
    case "relations":
      return (await db.claimRelation.findMany({ ...page, orderBy: BOARD_INCLUDE.relations.orderBy })).map(toClaimRelationView);
    case "undercuts":
      return (await db.undercut.findMany({ ...page, orderBy: BOARD_INCLUDE.undercuts.orderBy })).map(toUndercutView);
    case "premiseGroups":
      return (
        await db.premiseGroup.findMany({ ...page, orderBy: BOARD_INCLUDE.premiseGroups.orderBy, include: BOARD_INCLUDE.premiseGroups.include })
      ).map(toPremiseGroupView);
    case "positions":
      return db.nodePosition.findMany({ ...page, orderBy: { nodeId: "asc" }, select: { nodeId: true, x: true, y: true } });
    case "corrections":
      return (await db.correction.findMany({ ...page, orderBy: BOARD_INCLUDE.corrections.orderBy })).map(toCorrectionView);
  }
}

async function countRows(db: TPrismaClient, table: TBoardRowTable, boardId: string): Promise<number> {
  const where = { boardId };
  switch (table) {
    case "claims":
      return db.claim.count({ where });
    case "evidence":
      return db.evidence.count({ where });
    case "links":
      return db.evidenceLink.count({ where });
    case "relations":
      return db.claimRelation.count({ where });
    case "undercuts":
      return db.undercut.count({ where });
    case "premiseGroups":
      return db.premiseGroup.count({ where });
    case "positions":
      return db.nodePosition.count({ where });
    case "corrections":
      return db.correction.count({ where });
  }
}
