import { z } from "zod";

/** The tables of a board a client can page through (GET /api/boards/:id/rows). */
export const BOARD_ROW_TABLES = ["claims", "evidence", "links", "relations", "undercuts", "premiseGroups", "positions", "corrections"] as const;
export const ZBoardRowTable = z.enum(BOARD_ROW_TABLES);
export type TBoardRowTable = z.infer<typeof ZBoardRowTable>;

export const ZBoardRowsQuery = z.object({
  table: ZBoardRowTable,
  /** The previous page's nextCursor; none for the first page. */
  after: z.string().min(1, "after must be a cursor a previous page gave").max(1_000, "after is too long to be a cursor").optional(),
});
