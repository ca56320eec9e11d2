import "server-only";
import { sqlParam, type TDirectTransaction } from "../../db/direct-sql";
import type { TDbClient } from "../../db/prisma-client";
import { transactionProvider } from "../../db/transaction-provider";
import { DataError, notFound } from "../errors";
import { ARCHIVED_MESSAGE } from "./find-managed-board";

type TBoardState = { workspaceId: string; archivedAt: Date | null; deletedAt: Date | null };

// Boards a transaction already holds, with their workspace: a bulk change records many entries on one board.
const heldByTransaction = new WeakMap<object, Map<string, string>>();

/**
 * Inside a change's transaction: refuses the change if its board was archived or deleted after the change was
 * authorized (authorizeBoard reads before the transaction begins), and keeps the board from being archived or
 * deleted until the change commits. On PostgreSQL that is a share lock on the board's row, which an archive's
 * update waits for, as the change waits for an archive already under way and then sees it. SQLite runs one write
 * transaction at a time. Returns the board's workspace.
 */
export async function holdWritableBoard(tx: TDbClient | TDirectTransaction, boardId: string): Promise<string> {
  const held = heldByTransaction.get(tx)?.get(boardId);
  if (held !== undefined) return held;
  const board = await readLockedBoard(tx, boardId);
  if (!board || board.deletedAt !== null) throw notFound("Board");
  if (board.archivedAt !== null) throw new DataError("conflict", ARCHIVED_MESSAGE);
  const boards = heldByTransaction.get(tx) ?? new Map<string, string>();
  heldByTransaction.set(tx, boards.set(boardId, board.workspaceId));
  return board.workspaceId;
}

async function readLockedBoard(tx: TDbClient | TDirectTransaction, boardId: string): Promise<TBoardState | undefined> {
  const select = `SELECT "workspaceId", "archivedAt", "deletedAt" FROM "Board" WHERE "id" = ?`;
  if (isDirect(tx)) {
    const sql = tx.provider === "postgresql" ? `${select} FOR SHARE` : select;
    const [board] = await tx.rows<TBoardState>(sql, [sqlParam.text(boardId)], { workspaceId: "string", archivedAt: "datetime?", deletedAt: "datetime?" });
    return board;
  }
  const sql = transactionProvider(tx) === "postgresql" ? `${select.replace("?", "$1")} FOR SHARE` : select;
  const [board] = await tx.$queryRawUnsafe<TBoardState[]>(sql, boardId);
  return board;
}

const isDirect = (tx: TDbClient | TDirectTransaction): tx is TDirectTransaction => (tx as { direct?: unknown }).direct === true;
