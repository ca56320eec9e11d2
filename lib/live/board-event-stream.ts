import type { TActivityEntryView } from "../activity/types";
import { createActivityCursor } from "./activity-stream";
import { changesAccess, streamEntryFor, type TStreamAudience } from "./stream-entry";

export const HEARTBEAT_MS = 15_000;
/**
 * How often a stream checks its session again: sign-out and expiry leave
 * nothing in the log. Membership and visibility changes are in the log, so the
 * stream checks access again as soon as it reads one of them, not on a timer.
 */
export const SESSION_CHECK_MS = 60_000;

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
  const { boardId, viewerUserId, signal } = options;
  const heartbeatMs = options.heartbeatMs ?? HEARTBEAT_MS;
  const sessionCheckMs = options.sessionCheckMs ?? SESSION_CHECK_MS;
  const encoder = new TextEncoder();
  const cursor = createActivityCursor(new Date());
  let audience: TStreamAudience = options.audience;
  let closed = false;
  let reading = false;
  let readAgain = false;
  let recheck = false;
  let lastWrite = Date.now();
  let lastChecked = Date.now();
  let unsubscribe = () => {};
  let timer: ReturnType<typeof setInterval> | undefined;

  return new ReadableStream<Uint8Array>({
    start(controller) {
      const close = () => {
        if (closed) return;
        closed = true;
        clearInterval(timer);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      const send = (text: string) => {
        controller.enqueue(encoder.encode(text));
        lastWrite = Date.now();
      };
      const checkAccess = async () => {
        const now = await options.reauthorize();
        if (now === null) close();
        else audience = now;
        return now !== null;
      };
      const read = async () => {
        reading = true;
        try {
          do {
            readAgain = false;
            if (recheck) {
              recheck = false;
              lastChecked = Date.now();
              if (!(await options.sessionValid())) return close();
            }
            const entries = cursor.take(await options.readSince(cursor.since()), new Date());
            for (const entry of entries) {
              if (closed) return;
              // A removed member or a board made private stops here, before the next entry goes out.
              if (changesAccess(entry, { userId: viewerUserId, boardId }) && !(await checkAccess())) return;
              const out = streamEntryFor(entry, audience);
              if (out) send(`id: ${out.id}\ndata: ${JSON.stringify(out)}\n\n`);
            }
          } while (readAgain && !closed);
        } catch (error) {
          // The client's EventSource reconnects on its own.
          console.error("Live updates stream stopped", error);
          close();
        } finally {
          reading = false;
        }
      };
      const wake = () => {
        if (closed) return;
        if (reading) readAgain = true;
        else void read();
      };
      signal.addEventListener("abort", close);
      if (signal.aborted) return close();
      send("retry: 2000\n\n");
      unsubscribe = options.subscribe(wake);
      timer = setInterval(() => {
        if (Date.now() - lastChecked >= sessionCheckMs) {
          recheck = true;
          wake();
        }
        if (!closed && Date.now() - lastWrite >= heartbeatMs) send(": still here\n\n");
      }, Math.min(heartbeatMs, sessionCheckMs));
      // The first read sends what was recorded just before the page's stream opened (the cursor looks back).
      wake();
    },
    cancel() {
      closed = true;
      clearInterval(timer);
      unsubscribe();
    },
  });
}
