import type { TActivityEntryView } from "../activity/types";
import { createActivityCursor } from "./activity-stream";
import { changesAccess, streamEntryFor, type TStreamAudience } from "./stream-entry";
import { createWakeableEventStream } from "./wakeable-event-stream";

export type TBoardEventStreamOptions = {
  boardId: string;
  viewerUserId: string | null;
  audience: TStreamAudience;
  /** Every entry the stream carries recorded at or after `since`, oldest first. */
  readSince: (since: Date) => Promise<TActivityEntryView[]>;
  /** Checks access again: the audience now, or null when the stream must close. */
  reauthorize: () => Promise<TStreamAudience | null>;
  /** Whether the viewer's session still holds (checked every sessionCheckMs). */
  sessionValid: () => Promise<boolean>;
  /** Calls `wake` whenever the log may have new entries for the board; returns the unsubscribe. */
  subscribe: (wake: () => void) => () => void;
  /** Ends the stream when the client goes. */
  signal: AbortSignal;
  heartbeatMs?: number;
  sessionCheckMs?: number;
};

/**
 * Server-sent events for one board: every new entry of the log the viewer may
 * see. Nothing polls here: a wake (a notification, or the notifier's safety
 * poll) makes the stream read the log from its cursor, at most one read at a
 * time, and a wake during a read makes it read once more after.
 */
export function createBoardEventStream(options: TBoardEventStreamOptions): ReadableStream<Uint8Array> {
  const { boardId, viewerUserId } = options;
  const cursor = createActivityCursor(new Date());
  let audience: TStreamAudience = options.audience;
  // Membership and visibility changes are in the log: access is checked again as soon as one is read, not on a timer.
  const checkAccess = async (close: () => void) => {
    const now = await options.reauthorize();
    if (now === null) close();
    else audience = now;
    return now !== null;
  };
  return createWakeableEventStream({
    name: "Live updates",
    signal: options.signal,
    subscribe: options.subscribe,
    sessionValid: options.sessionValid,
    heartbeatMs: options.heartbeatMs,
    sessionCheckMs: options.sessionCheckMs,
    // The first read sends what was recorded just before the page's stream opened (the cursor looks back).
    async read({ send, close, isClosed }) {
      const entries = cursor.take(await options.readSince(cursor.since()), new Date());
      for (const entry of entries) {
        if (isClosed()) return;
        // A removed member or a board made private stops here, before the next entry goes out.
        if (changesAccess(entry, { userId: viewerUserId, boardId }) && !(await checkAccess(close))) return;
        const out = streamEntryFor(entry, audience);
        if (out) send(`id: ${out.id}\ndata: ${JSON.stringify(out)}\n\n`);
      }
    },
  });
}
