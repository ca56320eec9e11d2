import "server-only";
import { randomUUID } from "node:crypto";
import type { TActivityAction, TActivityEntityType } from "../../activity/types";
import { afterCommit } from "../../db/after-commit";
import { sqlParam, type TDirectTransaction } from "../../db/direct-sql";
import type { TDbClient } from "../../db/prisma-client";
import { activitySignalKey, signalActivityInProcess } from "../../live/activity-signal";
import { notificationRecipients, type TNotificationRecipient } from "../../notifications/kinds";
import type { TActor } from "../actor";
import { holdWritableBoard } from "../boards/hold-writable-board";

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
  /** People this change asks to act (assignee, reviewers, mentioned members); the actor is left out. Needs boardId and claimId. */
  notify?: readonly TNotificationRecipient[];
  /** A change the install makes on every board, archived ones too: a departing member's claims are unassigned. */
  evenOnArchivedBoard?: true;
};

/**
 * Appends to the activity log. Call it inside the transaction that makes the
 * change. Once that commits, this process's live streams of the board are
 * woken; on PostgreSQL the log's insert trigger also notifies every instance.
 * A change to a board's content is refused, and its transaction rolled back, if
 * the board was archived or deleted since the change was authorized
 * (holdWritableBoard); changes to the board itself check it as they make them.
 */
export async function recordActivity(tx: TDbClient, actor: TActor, record: TActivityRecord): Promise<void> {
  const workspaceId = await entryWorkspace(tx, record);
  const entry = await tx.activityEntry.create({ data: activityRow(actor, record, workspaceId), select: { id: true } });
  const notifications = notificationRows(actor, record, workspaceId, entry.id);
  if (notifications.length > 0) await tx.notification.createMany({ data: notifications });
  signalOnCommit(tx, workspaceId, record.boardId);
}

/** recordActivity inside a direct transaction (lib/db/direct-sql.ts), for the hottest writes. */
export async function recordActivityDirect(
  tx: TDirectTransaction,
  actor: TActor,
  record: TActivityRecord & { workspaceId: string },
): Promise<void> {
  if (changesBoardContent(record)) await holdWritableBoard(tx, record.boardId);
  const row = activityRow(actor, record, record.workspaceId);
  const now = new Date();
  const activityId = randomUUID();
  await tx.run(
    `INSERT INTO "ActivityEntry" ("id", "workspaceId", "boardId", "actorId", "entityType", "entityId", "claimId", "action", "before", "after", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      sqlParam.text(activityId),
      sqlParam.text(row.workspaceId),
      sqlParam.text(row.boardId),
      sqlParam.text(row.actorId),
      sqlParam.text(row.entityType),
      sqlParam.text(row.entityId),
      sqlParam.text(row.claimId),
      sqlParam.text(row.action),
      sqlParam.text(row.before),
      sqlParam.text(row.after),
      sqlParam.datetime(now),
    ],
  );
  for (const notification of notificationRows(actor, record, record.workspaceId, activityId)) {
    await tx.run(
      `INSERT INTO "Notification" ("id", "recipientId", "workspaceId", "boardId", "claimId", "activityId", "actorId", "kind", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        sqlParam.text(randomUUID()),
        sqlParam.text(notification.recipientId),
        sqlParam.text(notification.workspaceId),
        sqlParam.text(notification.boardId),
        sqlParam.text(notification.claimId),
        sqlParam.text(notification.activityId),
        sqlParam.text(notification.actorId),
        sqlParam.text(notification.kind),
        sqlParam.datetime(now),
      ],
    );
  }
  signalOnCommit(tx, row.workspaceId, row.boardId);
}

function changesBoardContent(record: TActivityRecord): record is TActivityRecord & { boardId: string } {
  return record.boardId !== null && record.entityType !== "board" && record.evenOnArchivedBoard !== true;
}

async function entryWorkspace(tx: TDbClient, record: TActivityRecord): Promise<string | null> {
  if (changesBoardContent(record)) {
    const workspaceId = await holdWritableBoard(tx, record.boardId);
    return record.workspaceId ?? workspaceId;
  }
  if (record.workspaceId !== undefined || record.boardId === null) return record.workspaceId ?? null;
  return (await tx.board.findUniqueOrThrow({ where: { id: record.boardId }, select: { workspaceId: true } })).workspaceId;
}

/** The notifications an entry causes, minus the actor's own. */
function notificationRows(actor: TActor, record: TActivityRecord, workspaceId: string | null, activityId: string) {
  const recipients = notificationRecipients(actor.userId, record.notify ?? []);
  if (recipients.length === 0) return [];
  if (!workspaceId || !record.boardId || !record.claimId) throw new Error("Notifications need the entry's workspace, board and claim");
  const { boardId, claimId } = record;
  return recipients.map(({ recipientId, kind }) => ({ recipientId, kind, workspaceId, boardId, claimId, activityId, actorId: actor.userId }));
}

function activityRow(actor: TActor, record: TActivityRecord, workspaceId: string | null) {
  return {
    workspaceId,
    boardId: record.boardId,
    actorId: actor.userId,
    entityType: record.entityType,
    entityId: record.entityId,
    claimId: record.claimId ?? null,
    action: record.action,
    before: JSON.stringify(record.before),
    after: JSON.stringify(record.after),
  };
}

function signalOnCommit(tx: object, workspaceId: string | null, boardId: string | null): void {
  const signal = { workspaceId, boardId };
  afterCommit(tx, activitySignalKey(signal), () => signalActivityInProcess(signal));
}
