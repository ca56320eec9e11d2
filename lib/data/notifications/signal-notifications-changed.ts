import "server-only";
import { afterCommit } from "../../db/after-commit";
import type { TDbClient } from "../../db/prisma-client";
import type { TDatabaseConfig } from "../../db/database-config";
import { ACTIVITY_CHANNEL, activitySignalKey, signalActivityInProcess, type TActivitySignal } from "../../live/activity-signal";

/**
 * Wakes the person's own streams once the transaction commits, in every tab and on every instance: their
 * notifications changed with no activity entry to carry the news (they marked some read). PostgreSQL delivers
 * a NOTIFY sent inside a transaction only when it commits, and never when it rolls back.
 */
export async function signalNotificationsChanged(tx: TDbClient, provider: TDatabaseConfig["provider"], recipientId: string): Promise<void> {
  const signal: TActivitySignal = { workspaceId: null, boardId: null, recipientId };
  if (provider === "postgresql") {
    await tx.$executeRaw`SELECT pg_notify(${ACTIVITY_CHANNEL}, ${JSON.stringify(signal)})`;
  } else {
    afterCommit(tx, activitySignalKey(signal), () => signalActivityInProcess(signal));
  }
}
