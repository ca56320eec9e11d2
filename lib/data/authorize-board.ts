import "server-only";
import { directSqlOf, sqlParam } from "../db/direct-sql";
import type { TPrismaClient } from "../db/prisma-client";
import { roleCan, type TAction } from "../permissions/roles";
import { roleInWorkspace, type TActor } from "./actor";
import { ARCHIVED_MESSAGE } from "./boards/find-managed-board";
import { DataError, notFound } from "./errors";

export type TAuthorizedBoard = { id: string; workspaceId: string; visibility: string; archivedAt: Date | null };

// What may still be done on an archived board: reading it, and restoring or deleting it.
const ARCHIVED_BOARD_ACTIONS: ReadonlySet<TAction> = new Set(["board.read", "discussion.read", "board.manage"]);

/**
 * Loads the board and checks the actor may do `action` (or every one of
 * several actions) on it. Someone outside the workspace gets 404, never a
 * hint that the board exists; a public board can be read by anyone, but its
 * discussion and activity read and its content changed only by members.
 */
export async function authorizeBoard(
  db: TPrismaClient,
  actor: TActor,
  boardId: string,
  action: TAction | readonly TAction[],
): Promise<TAuthorizedBoard> {
  const actions = typeof action === "string" ? [action] : action;
  const board = await findVisibleBoard(db, boardId);
  if (!board) throw notFound("Board");
  const role = roleInWorkspace(actor, board.workspaceId);
  if (!role) {
    if (board.visibility !== "public") throw notFound("Board");
    const membersOnly = actions.filter((a) => a !== "board.read");
    if (membersOnly.length === 0) return board;
    // The board is public, so saying it exists gives nothing away. Say what was refused: a members-only read, or a change.
    const what = membersOnly.every((a) => a === "discussion.read") ? "see its discussion and activity" : "change it";
    if (actor.userId === null) {
      throw new DataError("unauthenticated", `Sign in as a member of this board's workspace to ${what}.`);
    }
    throw new DataError("forbidden", `Only members of this board's workspace can ${what}. Ask its owner for an invitation.`);
  }
  const refused = actions.find((a) => !roleCan(role, a));
  if (refused) throw new DataError("forbidden", `Your role (${role}) does not allow this (${refused}).`);
  if (board.archivedAt !== null && actions.some((a) => !ARCHIVED_BOARD_ACTIONS.has(a))) {
    throw new DataError("conflict", ARCHIVED_MESSAGE);
  }
  return board;
}

/** Every request asks this first, so it skips Prisma's per-query compile when it can (lib/db/direct-sql.ts). */
async function findVisibleBoard(db: TPrismaClient, boardId: string): Promise<TAuthorizedBoard | null> {
  const direct = directSqlOf(db);
  // A board still being imported is nobody's yet, and a deleted one nobody's any more: not found, like one that does not exist.
  if (!direct) {
    return db.board.findUnique({
      where: { id: boardId, importing: false, deletedAt: null },
      select: { id: true, workspaceId: true, visibility: true, archivedAt: true },
    });
  }
  const [board] = await direct.rows<TAuthorizedBoard>(
    `SELECT "id", "workspaceId", "visibility", "archivedAt" FROM "Board" WHERE "id" = ? AND "importing" = ? AND "deletedAt" IS NULL`,
    [sqlParam.text(boardId), sqlParam.boolean(false)],
    { id: "string", workspaceId: "string", visibility: "string", archivedAt: "datetime?" },
  );
  return board ?? null;
}
