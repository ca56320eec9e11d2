import "server-only";
import type { TCreatedRowKey } from "../../board/board-rows-cursor";
import type { TColumnType, TDirectQueries } from "../../db/direct-sql";
import type { EvidenceLink } from "../../db/generated/sqlite/client";
import { readCreatedOrderPageDirect } from "../boards/created-order-sql";

// An evidence link as direct statements read it (lib/db/direct-sql.ts). Typed against Prisma's EvidenceLink, so a
// column added to the model fails to compile here until it is listed.
const EVIDENCE_LINK_COLUMNS: { [K in keyof EvidenceLink]: TColumnType } = {
  id: "string",
  boardId: "string",
  claimId: "string",
  evidenceId: "string",
  stance: "string",
  strength: "int",
  note: "string",
  createdAt: "datetime",
  updatedAt: "datetime",
};

/** One page of a board's evidence links in creation order, after the key when given (what a large board's client pages through). */
export function readBoardEvidenceLinksPageDirect(db: TDirectQueries, boardId: string, after: TCreatedRowKey | null, take: number): Promise<EvidenceLink[]> {
  return readCreatedOrderPageDirect<EvidenceLink>(db, "EvidenceLink", EVIDENCE_LINK_COLUMNS, boardId, after, take);
}
