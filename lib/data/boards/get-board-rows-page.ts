import "server-only";
import type { TBoardRowCounts, TBoardRowsByTable, TBoardRowsPage } from "../../board/board-rows";
import {
  decodeBoardRowsCursor,
  encodeBoardRowsCursor,
  type TBoardRowKey,
  type TClaimRowKey,
  type TCreatedRowKey,
  type TPositionRowKey,
} from "../../board/board-rows-cursor";
import { directSqlOf, sqlParam } from "../../db/direct-sql";
import type { TPrismaClient } from "../../db/prisma-client";
import { BOARD_ROW_TABLES, type TBoardRowTable } from "../../schemas/board-rows";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { readBoardClaimsPageDirect } from "../claims/claim-sql";
import { DataError } from "../errors";
import { readBoardEvidencePageDirect } from "../evidence/evidence-sql";
import { readBoardEvidenceLinksPageDirect } from "../links/evidence-link-sql";
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

/**
 * One page of one table of a board, in the order the whole board lists it (claims in reading order), after the row
 * the cursor names (from the start without one). Keyset paging: a row added or deleted while a client pages shifts
 * nothing, so no row is skipped or sent twice.
 */
export async function getBoardRowsPage(
  db: TPrismaClient,
  actor: TActor,
  boardId: string,
  table: TBoardRowTable,
  after: string | null,
  { pageSize = ROWS_PER_PAGE }: { pageSize?: number } = {},
): Promise<TBoardRowsPage> {
  await authorizeBoard(db, actor, boardId, "board.read");
  const key = rowsCursorKey(table, after);
  // One row more than the page, to know whether another page follows: a table whose size is a multiple of the page
  // would otherwise end on a page with no rows, one more round trip at the end of the client's chain of pages.
  const { rows, last, more } = await readRows(db, table, boardId, key, pageSize);
  const total = await countRows(db, table, boardId);
  const nextCursor = more && last ? encodeBoardRowsCursor(table, last) : null;
  return { table, rows, total, nextCursor } as TBoardRowsPage;
}

/** The key an `after` cursor names (null for the first page); a cursor this endpoint did not give is refused (400). */
export function rowsCursorKey<T extends TBoardRowTable>(table: T, after: string | null): TBoardRowKey<T> | null {
  if (after === null) return null;
  const key = decodeBoardRowsCursor(table, after);
  if (key === null) throw new DataError("invalid", `after: not a cursor this endpoint gave for the ${table} table.`);
  return key;
}

type TRead<T extends TBoardRowTable> = { rows: TBoardRowsByTable[T]; last: TBoardRowKey<T> | undefined; more: boolean };

/** The first `pageSize` of `rows` (read with one more) as views, the key of the last of them, and whether there are more. */
function pageOf<TRow, TView, TKey>(rows: TRow[], pageSize: number, view: (row: TRow) => TView, keyOf: (row: TRow) => TKey) {
  const more = rows.length > pageSize;
  const kept = more ? rows.slice(0, pageSize) : rows;
  const last = kept.at(-1);
  return { rows: kept.map(view), last: last === undefined ? undefined : keyOf(last), more };
}

/** Rows after a (creation time, id) key: evidence, links, relations, corrections. */
function afterCreated(boardId: string, key: TCreatedRowKey | null) {
  if (!key) return { boardId };
  const createdAt = new Date(key.createdAt);
  return { boardId, OR: [{ createdAt: { gt: createdAt } }, { createdAt, id: { gt: key.id } }] };
}

const createdKey = (row: { createdAt: Date; id: string }): TCreatedRowKey => ({ createdAt: row.createdAt.getTime(), id: row.id });

async function readRows(db: TPrismaClient, table: TBoardRowTable, boardId: string, key: unknown, pageSize: number): Promise<TRead<TBoardRowTable>> {
  const take = pageSize + 1;
  switch (table) {
    case "claims": {
      const k = key as TClaimRowKey | null;
      // The largest table by far: read without Prisma's per-row cost when the client allows it (lib/db/direct-sql.ts).
      const direct = directSqlOf(db);
      const rows = direct
        ? await readBoardClaimsPageDirect(direct, boardId, k, take)
        : await db.claim.findMany({
            where: k
              ? {
                  boardId,
                  OR: [
                    { positionStart: { gt: k.positionStart } },
                    { positionStart: k.positionStart, positionEnd: { lt: k.positionEnd } },
                    { positionStart: k.positionStart, positionEnd: k.positionEnd, id: { gt: k.id } },
                  ],
                }
              : { boardId },
            take,
            orderBy: BOARD_INCLUDE.claims.orderBy,
          });
      return pageOf(rows, pageSize, toClaimView, ({ positionStart, positionEnd, id }) => ({ positionStart, positionEnd, id }));
    }
    // Evidence and links are the next largest tables (a link per claim or more): read directly too.
    case "evidence": {
      const k = key as TCreatedRowKey | null;
      const direct = directSqlOf(db);
      const rows = direct
        ? await readBoardEvidencePageDirect(direct, boardId, k, take)
        : await db.evidence.findMany({ where: afterCreated(boardId, k), take, orderBy: BOARD_INCLUDE.evidence.orderBy });
      return pageOf(rows, pageSize, toEvidenceView, createdKey);
    }
    case "links": {
      const k = key as TCreatedRowKey | null;
      const direct = directSqlOf(db);
      const rows = direct
        ? await readBoardEvidenceLinksPageDirect(direct, boardId, k, take)
        : await db.evidenceLink.findMany({ where: afterCreated(boardId, k), take, orderBy: BOARD_INCLUDE.links.orderBy });
      return pageOf(rows, pageSize, toEvidenceLinkView, createdKey);
    }
    case "relations": {
      const rows = await db.claimRelation.findMany({ where: afterCreated(boardId, key as TCreatedRowKey | null), take, orderBy: BOARD_INCLUDE.relations.orderBy });
      return pageOf(rows, pageSize, toClaimRelationView, createdKey);
    }
    case "undercuts": {
      const rows = await db.undercut.findMany({ where: afterCreated(boardId, key as TCreatedRowKey | null), take, orderBy: BOARD_INCLUDE.undercuts.orderBy });
      return pageOf(rows, pageSize, toUndercutView, createdKey);
    }
    case "premiseGroups": {
      const rows = await db.premiseGroup.findMany({
        where: afterCreated(boardId, key as TCreatedRowKey | null),
        take,
        orderBy: BOARD_INCLUDE.premiseGroups.orderBy,
        include: BOARD_INCLUDE.premiseGroups.include,
      });
      return pageOf(rows, pageSize, toPremiseGroupView, createdKey);
    }
    case "positions": {
      const k = key as TPositionRowKey | null;
      const rows = await db.nodePosition.findMany({
        where: k ? { boardId, nodeId: { gt: k.nodeId } } : { boardId },
        take,
        orderBy: { nodeId: "asc" },
        select: { nodeId: true, x: true, y: true },
      });
      return pageOf(rows, pageSize, (row) => row, ({ nodeId }) => ({ nodeId }));
    }
    case "corrections": {
      const rows = await db.correction.findMany({ where: afterCreated(boardId, key as TCreatedRowKey | null), take, orderBy: BOARD_INCLUDE.corrections.orderBy });
      return pageOf(rows, pageSize, toCorrectionView, createdKey);
    }
  }
}
/** Each table's name in SQL, for its direct count. */
const TABLE_NAMES: Record<TBoardRowTable, string> = {
  claims: "Claim",
  evidence: "Evidence",
  links: "EvidenceLink",
  relations: "ClaimRelation",
  undercuts: "Undercut",
  premiseGroups: "PremiseGroup",
  positions: "NodePosition",
  corrections: "Correction",
};

export async function countRows(db: TPrismaClient, table: TBoardRowTable, boardId: string): Promise<number> {
  // Every page says its table's total (the client's progress): a count on the boardId index, without Prisma's
  // compilation of the query each time when direct statements are there.
  const direct = directSqlOf(db);
  if (direct) {
    const [row] = await direct.rows<{ n: number }>(`SELECT COUNT(*) AS "n" FROM "${TABLE_NAMES[table]}" WHERE "boardId" = ?`, [sqlParam.text(boardId)], { n: "int" });
    return row?.n ?? 0;
  }
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
