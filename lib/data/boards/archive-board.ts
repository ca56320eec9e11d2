import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { findManagedBoard, updateManagedBoard } from "./find-managed-board";
import type { TBoardLifecycleResult } from "./rename-board";

/**
 * Archives a board: it leaves the home list for the Archived boards list and is read-only until
 * restored. Editors and owners. Archiving an archived board changes nothing.
 */
export async function archiveBoard(
  db: TPrismaClient,
  actor: TActor,
  boardId: string,
  version: number,
  now = new Date(),
): Promise<TBoardLifecycleResult> {
  const authorized = await authorizeBoard(db, actor, boardId, "board.manage");
  return db.$transaction(async (tx) => {
    const board = await findManagedBoard(tx, boardId, version);
    if (board.archivedAt !== null) return { id: boardId, title: board.title, version: board.version, archived: true };
    const next = await updateManagedBoard(tx, board, { archivedAt: now });
    await recordActivity(tx, actor, {
      boardId,
      workspaceId: authorized.workspaceId,
      entityType: "board",
      entityId: boardId,
      action: "updated",
      before: { archived: false },
      after: { archived: true, archivedAt: now.toISOString() },
    });
    return { id: boardId, title: board.title, version: next, archived: true };
  });
}
