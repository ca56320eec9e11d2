// Where a page of a board's table ends (GET /api/boards/:id/rows?after=…): the
// last row's sort key and id, so the next page starts after that row whatever
// was added or deleted meanwhile. An offset would skip a row for each one
// deleted before it while the client pages.
import { z } from "zod";
import type { TBoardRowTable } from "../schemas/board-rows";

/** Claims in reading order: start ascending, end descending (a longer span first), id. */
export type TClaimRowKey = { positionStart: number; positionEnd: number; id: string };
/** Evidence, links, relations and corrections: creation time (epoch ms), id. */
export type TCreatedRowKey = { createdAt: number; id: string };
export type TPositionRowKey = { nodeId: string };

export type TBoardRowKey<T extends TBoardRowTable> = T extends "claims" ? TClaimRowKey : T extends "positions" ? TPositionRowKey : TCreatedRowKey;

const ZRowId = z.string().min(1).max(200);
const ZClaimRowKey = z.strictObject({ positionStart: z.number().int(), positionEnd: z.number().int(), id: ZRowId });
const ZCreatedRowKey = z.strictObject({ createdAt: z.number().int(), id: ZRowId });
const ZPositionRowKey = z.strictObject({ nodeId: ZRowId });

function keySchema(table: TBoardRowTable): z.ZodType {
  if (table === "claims") return ZClaimRowKey;
  if (table === "positions") return ZPositionRowKey;
  return ZCreatedRowKey;
}

/** The cursor for the page after the row with this key: opaque to clients. */
export function encodeBoardRowsCursor<T extends TBoardRowTable>(table: T, key: TBoardRowKey<T>): string {
  return Buffer.from(JSON.stringify({ table, key }), "utf8").toString("base64url");
}

/** The key a cursor carries, or null when it is not a cursor for this table. */
export function decodeBoardRowsCursor<T extends TBoardRowTable>(table: T, cursor: string): TBoardRowKey<T> | null {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = z.strictObject({ table: z.literal(table), key: keySchema(table) }).safeParse(decoded);
  return parsed.success ? (parsed.data.key as TBoardRowKey<T>) : null;
}
