// A rows page as columns (GET /api/boards/:id/rows?format=columns): the column names once, then each row's values in
// that order. The same data without every row repeating its keys: a 10k board's claim pages are about a third smaller,
// which the server stringifies, and the browser parses, that much faster.
import type { TBoardRowTable } from "../schemas/board-rows";
import type { TBoardRowsPage } from "./board-rows";

export type TBoardColumnRowsPage<T extends TBoardRowTable = TBoardRowTable> = Omit<TBoardRowsPage<T>, "rows"> & {
  columns: string[];
  rows: unknown[][];
};

/** The page with its rows as columns. Every row of a table has the same keys (one mapper makes them), the first row's. */
export function toColumnRowsPage<T extends TBoardRowTable>(page: TBoardRowsPage<T>): TBoardColumnRowsPage<T> {
  const rows = page.rows as readonly Record<string, unknown>[];
  const columns = rows.length > 0 ? Object.keys(rows[0]!) : [];
  return {
    table: page.table,
    columns,
    rows: rows.map((row) => columns.map((column) => row[column])),
    total: page.total,
    nextCursor: page.nextCursor,
  };
}

/** The page with its rows as objects again: the inverse of toColumnRowsPage. */
export function fromColumnRowsPage<T extends TBoardRowTable>(page: TBoardColumnRowsPage<T>): TBoardRowsPage<T> {
  const { columns } = page;
  const rows = page.rows.map((values) => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < columns.length; i++) row[columns[i]!] = values[i];
    return row;
  });
  return { table: page.table, rows: rows as TBoardRowsPage<T>["rows"], total: page.total, nextCursor: page.nextCursor };
}
