import "server-only";
import type { TCreatedRowKey } from "../../board/board-rows-cursor";
import { sqlParam, type TColumnType, type TDirectQueries } from "../../db/direct-sql";

/**
 * One page of a board's rows of `table` in creation order (creation time, then id, as the board view lists them),
 * after the key when given: the keyset page getBoardRowsPage sends, read without Prisma's per-row cost.
 */
export function readCreatedOrderPageDirect<TRow>(
  db: TDirectQueries,
  table: string,
  columns: { [K in keyof TRow]: TColumnType },
  boardId: string,
  after: TCreatedRowKey | null,
  take: number,
): Promise<TRow[]> {
  const selected = Object.keys(columns).map((name) => `"${name}"`).join(", ");
  const params = [sqlParam.text(boardId)];
  let keyset = "";
  if (after) {
    // The first bound is implied by the rest; it lets the (boardId, createdAt, id) index start from the key.
    keyset = ` AND "createdAt" >= ? AND ("createdAt" > ? OR ("createdAt" = ? AND "id" > ?))`;
    const createdAt = sqlParam.datetime(new Date(after.createdAt));
    params.push(createdAt, createdAt, createdAt, sqlParam.text(after.id));
  }
  return db.rows<TRow>(
    `SELECT ${selected} FROM "${table}" WHERE "boardId" = ?${keyset} ORDER BY "createdAt" ASC, "id" ASC LIMIT ?`,
    [...params, sqlParam.int(take)],
    columns,
  );
}
