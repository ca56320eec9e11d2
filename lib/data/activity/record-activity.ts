import "server-only";
import type { TActivityAction, TActivityEntityType } from "../../activity/types";
import { afterCommit } from "../../db/after-commit";
import type { TDbClient } from "../../db/prisma-client";
import { activitySignalKey, signalActivityInProcess } from "../../live/activity-signal";
import type { TActor } from "../actor";

export type TActivityRecord = {
  /** Null for workspace-level changes (members, invitations, the verdict scale). */
  boardId: string | null;
  /** Looked up from the board when left out. */
  workspaceId?: string;
  entityType: TActivityEntityType;
  entityId: string;
  claimId?: string | null;
  action: TActivityAction;
  before: object | null;
  after: object | null;
};

/**
 * Appends to the activity log. Call it inside the transaction that makes the
 * change. Once that commits, this process's live streams of the board are
 * woken; on PostgreSQL the log's insert trigger also notifies every instance.
 */
export async function recordActivity(tx: TDbClient, actor: TActor, record: TActivityRecord): Promise<void> {
  const workspaceId =
    record.workspaceId ??
    (record.boardId
      ? (await tx.board.findUniqueOrThrow({ where: { id: record.boardId }, select: { workspaceId: true } })).workspaceId
      : null);
  await tx.activityEntry.create({
    data: {
      workspaceId,
      boardId: record.boardId,
      actorId: actor.userId,
      entityType: record.entityType,
      entityId: record.entityId,
      claimId: record.claimId ?? null,
      action: record.action,
      before: JSON.stringify(record.before),
      after: JSON.stringify(record.after),
    },
  });
  const signal = { workspaceId, boardId: record.boardId };
  afterCommit(tx, activitySignalKey(signal), () => signalActivityInProcess(signal));
}
