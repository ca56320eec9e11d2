import { z } from "zod";

/** The tables of a board a client can page through (GET /api/boards/:id/rows). */
export const BOARD_ROW_TABLES = ["claims", "evidence", "links", "relations", "undercuts", "premiseGroups", "positions", "corrections"] as const;
export const ZBoardRowTable = z.enum(BOARD_ROW_TABLES);
export type TBoardRowTable = z.infer<typeof ZBoardRowTable>;

export const ZBoardRowsQuery = z.object({
  table: ZBoardRowTable,
  offset: z.coerce.number().int("offset must be a whole number").min(0, "offset must be 0 or more").max(1_000_000).default(0),
});
