import "server-only";
import { tablesToPage, type TBoardRowCounts } from "../../board/board-rows";
import { encodeBoardRowsCursor } from "../../board/board-rows-cursor";
import { directSqlOf, sqlParam, type TDirectSql } from "../../db/direct-sql";
import type { TPrismaClient } from "../../db/prisma-client";
import { BOARD_ROW_TABLES, type TBoardRowTable } from "../../schemas/board-rows";
import { CLAIM_READING_ORDER } from "../claims/claim-sql";
import { ROWS_PER_PAGE } from "./get-board-rows-page";

/** Each table's pages as the client will ask for them: the `after` cursor of each (null for the first). */
export type TBoardRowsCursors = Record<TBoardRowTable, (string | null)[]>;

const CREATED_TABLES = {
  evidence: "Evidence",
  links: "EvidenceLink",
  relations: "ClaimRelation",
  undercuts: "Undercut",
  premiseGroups: "PremiseGroup",
  corrections: "Correction",
} as const;

/** The key of every page's last row (each `pageSize`-th row in the table's order), as getBoardRowsPage orders it. */
async function pageEnds(direct: TDirectSql, table: TBoardRowTable, boardId: string, pageSize: number): Promise<string[]> {
  const every = (columns: string, order: string, from: string) =>
    `SELECT ${columns} FROM (SELECT ${columns}, ROW_NUMBER() OVER (ORDER BY ${order}) AS "n" FROM "${from}" WHERE "boardId" = ?) k ` +
    `WHERE k."n" % ? = 0 ORDER BY k."n"`;
  const params = [sqlParam.text(boardId), sqlParam.int(pageSize)];
  if (table === "claims") {
    const keys = await direct.rows<{ positionStart: number; positionEnd: number; id: string }>(
      every(`"positionStart", "positionEnd", "id"`, CLAIM_READING_ORDER, "Claim"),
      params,
      { positionStart: "int", positionEnd: "int", id: "string" },
    );
    return keys.map(({ positionStart, positionEnd, id }) => encodeBoardRowsCursor("claims", { positionStart, positionEnd, id }));
  }
  if (table === "positions") {
    const keys = await direct.rows<{ nodeId: string }>(every(`"nodeId"`, `"nodeId" ASC`, "NodePosition"), params, { nodeId: "string" });
    return keys.map(({ nodeId }) => encodeBoardRowsCursor("positions", { nodeId }));
  }
  const keys = await direct.rows<{ createdAt: Date; id: string }>(
    every(`"createdAt", "id"`, `"createdAt" ASC, "id" ASC`, CREATED_TABLES[table]),
    params,
    { createdAt: "datetime", id: "string" },
  );
  return keys.map(({ createdAt, id }) => encodeBoardRowsCursor(table, { createdAt: createdAt.getTime(), id }));
}

/**
 * Where each page of each table will start, read before the client asks, so a board page can have the browser
 * fetch them all while its scripts load. Only a hint: a page whose rows changed meanwhile ends elsewhere, the client
 * then asks for a cursor not listed here, and the server answers it as any other. Tables smaller than a page have
 * one page and empty ones none; without direct statements every other table is listed with its first page only.
 */
export async function getBoardRowsCursors(
  db: TPrismaClient,
  boardId: string,
  totals: TBoardRowCounts,
  { pageSize = ROWS_PER_PAGE }: { pageSize?: number } = {},
): Promise<TBoardRowsCursors> {
  const direct = directSqlOf(db);
  const entries: [TBoardRowTable, (string | null)[]][] = [];
  const paged = new Set(tablesToPage(totals));
  for (const table of BOARD_ROW_TABLES) {
    // An empty table is not asked for at all.
    if (!paged.has(table)) {
      entries.push([table, []]);
      continue;
    }
    const later = direct && totals[table] >= pageSize ? await pageEnds(direct, table, boardId, pageSize) : [];
    // The table's own last row starts no page: the page it ends says that none follows (getBoardRowsPage).
    if (later.length > 0 && later.length * pageSize >= totals[table]) later.pop();
    entries.push([table, [null, ...later]]);
  }
  return Object.fromEntries(entries) as TBoardRowsCursors;
}
