import "server-only";
import { encodeBoardRowsCursor } from "../../board/board-rows-cursor";
import { directSqlOf } from "../../db/direct-sql";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TBoardRowTable } from "../../schemas/board-rows";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { readBoardClaimsPageJson } from "../claims/claim-page-json-sql";
import { countRows, getBoardRowsPage, ROWS_PER_PAGE, rowsCursorKey } from "./get-board-rows-page";

/**
 * getBoardRowsPage as the JSON text the rows endpoint sends. On SQLite a page of claims, the largest, has its rows
 * written as JSON by the database (lib/data/claims/claim-page-json-sql.ts): 2,000 of them in 28 ms where reading them
 * into objects and serialising took 50. Every other page is getBoardRowsPage's, serialised; so is a claims page on
 * PostgreSQL, whose JSON functions took longer than that (93 against 72 ms; 65 ms in psql for the aggregate alone).
 */
export async function getBoardRowsPageJson(
  db: TPrismaClient,
  actor: TActor,
  boardId: string,
  table: TBoardRowTable,
  after: string | null,
  { pageSize = ROWS_PER_PAGE }: { pageSize?: number } = {},
): Promise<string> {
  const direct = directSqlOf(db);
  if (table !== "claims" || direct?.provider !== "sqlite") return JSON.stringify(await getBoardRowsPage(db, actor, boardId, table, after, { pageSize }));
  await authorizeBoard(db, actor, boardId, "board.read");
  const key = rowsCursorKey("claims", after);
  const { rowsJson, last, more } = await readBoardClaimsPageJson(direct, boardId, key, pageSize);
  const total = await countRows(db, "claims", boardId);
  const nextCursor = more && last ? encodeBoardRowsCursor("claims", last) : null;
  return `{"table":"claims","rows":${rowsJson},"total":${total},"nextCursor":${JSON.stringify(nextCursor)}}`;
}
