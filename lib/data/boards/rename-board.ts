import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TBoardRenameInput } from "../../schemas/board-lifecycle";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { DataError } from "../errors";
import { ARCHIVED_MESSAGE, findManagedBoard, updateManagedBoard } from "./find-managed-board";

export type TBoardLifecycleResult = { id: string; title: string; version: number; archived: boolean };

/** Gives a board a new title. Editors and owners; an archived board can't be renamed until restored. */
export async function renameBoard(
  db: TPrismaClient,
  actor: TActor,
  boardId: string,
  input: TBoardRenameInput,
): Promise<TBoardLifecycleResult> {
  const authorized = await authorizeBoard(db, actor, boardId, "board.manage");
  return db.$transaction(async (tx) => {
    const board = await findManagedBoard(tx, boardId, input.version);
    if (board.archivedAt !== null) throw new DataError("conflict", ARCHIVED_MESSAGE);
    if (board.title === input.title) return { id: boardId, title: board.title, version: board.version, archived: board.archivedAt !== null };
    const version = await updateManagedBoard(tx, board, { title: input.title });
    await recordActivity(tx, actor, {
      boardId,
      workspaceId: authorized.workspaceId,
      entityType: "board",
      entityId: boardId,
      action: "updated",
      before: { title: board.title },
      after: { title: input.title },
    });
    return { id: boardId, title: input.title, version, archived: false };
  });
}
