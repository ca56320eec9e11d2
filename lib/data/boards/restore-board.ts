import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { findManagedBoard, updateManagedBoard } from "./find-managed-board";
import type { TBoardLifecycleResult } from "./rename-board";

/** Brings an archived board back to the home list, editable again. Editors and owners. Restoring a live board changes nothing. */
export async function restoreBoard(db: TPrismaClient, actor: TActor, boardId: string, version: number): Promise<TBoardLifecycleResult> {
  const authorized = await authorizeBoard(db, actor, boardId, "board.manage");
  return db.$transaction(async (tx) => {
    const board = await findManagedBoard(tx, boardId, version);
    if (board.archivedAt === null) return { id: boardId, title: board.title, version: board.version, archived: false };
    const next = await updateManagedBoard(tx, board, { archivedAt: null });
    await recordActivity(tx, actor, {
      boardId,
      workspaceId: authorized.workspaceId,
      entityType: "board",
      entityId: boardId,
      action: "updated",
      before: { archived: true, archivedAt: board.archivedAt.toISOString() },
      after: { archived: false },
    });
    return { id: boardId, title: board.title, version: next, archived: false };
  });
}
