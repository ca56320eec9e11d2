import { z } from "zod";

/**
 * What a notification says: that the log has new entries for a board (or, with
 * boardId null, for the workspace itself), or, with recipientId, that one
 * person's notifications changed without an entry (they marked some read). It
 * carries no entry: a woken stream reads from its own cursor, so the log and
 * the notifications stay the one source of truth.
 */
export const ZActivitySignal = z.object({
  workspaceId: z.string().min(1).nullable(),
  boardId: z.string().min(1).nullable(),
  recipientId: z.string().min(1).optional(),
});
export type TActivitySignal = z.infer<typeof ZActivitySignal>;

/** The PostgreSQL channel the activity log's insert trigger notifies (migration activity_notify). */
export const ACTIVITY_CHANNEL = "claimgraph_activity";

export const activitySignalKey = (signal: TActivitySignal) =>
  `${signal.workspaceId ?? ""}:${signal.boardId ?? ""}:${signal.recipientId ?? ""}`;

/** A notification's payload, or null when it isn't one of ours. */
export function parseActivitySignal(payload: string | undefined): TActivitySignal | null {
  if (!payload) return null;
  try {
    const parsed = ZActivitySignal.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

type TSignalListener = (signal: TActivitySignal) => void;
const globalForSignals = globalThis as unknown as { claimgraphActivitySignals?: Set<TSignalListener> };

// On globalThis: the bundler may load this module more than once in one process, and writers and streams must meet.
function signalListeners(): Set<TSignalListener> {
  globalForSignals.claimgraphActivitySignals ??= new Set();
  return globalForSignals.claimgraphActivitySignals;
}

/** Tells this process's streams that an entry was committed (SQLite has no NOTIFY). */
export function signalActivityInProcess(signal: TActivitySignal): void {
  for (const listener of signalListeners()) listener(signal);
}

/** Hears this process's committed entries; returns the unsubscribe. */
export function onActivityInProcess(listener: TSignalListener): () => void {
  signalListeners().add(listener);
  return () => void signalListeners().delete(listener);
}
