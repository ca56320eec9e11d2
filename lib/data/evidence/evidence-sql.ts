import "server-only";
import type { TCreatedRowKey } from "../../board/board-rows-cursor";
import type { TColumnType, TDirectQueries } from "../../db/direct-sql";
import type { Evidence } from "../../db/generated/sqlite/client";
import { readCreatedOrderPageDirect } from "../boards/created-order-sql";

// An evidence row as direct statements read it (lib/db/direct-sql.ts). Typed against Prisma's Evidence, so a column
// added to the model fails to compile here until it is listed.
const EVIDENCE_COLUMNS: { [K in keyof Evidence]: TColumnType } = {
  id: "string",
  boardId: "string",
  title: "string",
  url: "string?",
  publisher: "string?",
  publishedOn: "string?",
  excerpt: "string",
  sourceType: "string",
  reliability: "int",
  provenance: "string",
  version: "int",
  createdAt: "datetime",
  updatedAt: "datetime",
};

/** One page of a board's evidence in creation order, after the key when given (what a large board's client pages through). */
export function readBoardEvidencePageDirect(db: TDirectQueries, boardId: string, after: TCreatedRowKey | null, take: number): Promise<Evidence[]> {
  return readCreatedOrderPageDirect<Evidence>(db, "Evidence", EVIDENCE_COLUMNS, boardId, after, take);
}
