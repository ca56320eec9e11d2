import "server-only";
import pg from "pg";
import { listActivitySignals } from "../data/activity/list-activity";
import type { TDatabaseConfig } from "../db/database-config";
import type { TPrismaClient } from "../db/prisma-client";
import { createActivityCursor } from "./activity-stream";
import { ACTIVITY_CHANNEL, onActivityInProcess, parseActivitySignal, type TActivitySignal } from "./activity-signal";

/** What a stream listens for: its board's entries and its workspace's own. */
export type TActivityTopic = { workspaceId: string; boardId: string };

export type TActivityNotifier = {
  /** Calls `wake` whenever the log may have new entries for the topic; returns the unsubscribe. */
  subscribe(topic: TActivityTopic, wake: () => void): () => void;
  /**
   * A person's own stream: calls `wake` whenever the log may have new entries anywhere in their workspaces, or
   * their notifications changed (marked read in another tab); returns the unsubscribe.
   */
  subscribePerson(person: { userId: string; workspaceIds: readonly string[] }, wake: () => void): () => void;
  /** Stops listening and polling (tests, shutdown). */
  close(): Promise<void>;
};

/**
 * The safety poll: notifications can be missed (a LISTEN connection that
 * dropped, another process on the same SQLite file), so the notifier also
 * looks at the log this often, one query for all of the process's streams.
 * SQLite's is the only way another process's writes arrive, so it is quicker.
 */
export const SAFETY_POLL_MS = { postgresql: 5_000, sqlite: 1_000 } as const;
const RECONNECT_MS = { first: 500, max: 30_000 };

/**
 * One per process and database: wakes the streams whose board (or workspace)
 * the log has new entries for. PostgreSQL: one shared LISTEN connection on the
 * channel the log's insert trigger notifies on commit. SQLite: the in-process
 * signal recordActivity sends after commit. Both: the safety poll.
 */
export function createActivityNotifier(
  db: TPrismaClient,
  config: TDatabaseConfig,
  options: { safetyPollMs?: number } = {},
): TActivityNotifier {
  const byBoard = new Map<string, Set<() => void>>();
  const byWorkspace = new Map<string, Set<() => void>>();
  // Woken by every entry of the workspace, board or not.
  const everyInWorkspace = new Map<string, Set<() => void>>();
  const byRecipient = new Map<string, Set<() => void>>();
  let subscribers = 0;
  let closed = false;

  const wakeAll = (wakes: Set<() => void> | undefined) => {
    for (const wake of wakes ?? []) wake();
  };
  const dispatch = (signal: TActivitySignal) => {
    if (signal.recipientId !== undefined) return wakeAll(byRecipient.get(signal.recipientId));
    if (signal.boardId !== null) wakeAll(byBoard.get(signal.boardId));
    else if (signal.workspaceId !== null) wakeAll(byWorkspace.get(signal.workspaceId));
    if (signal.workspaceId !== null) wakeAll(everyInWorkspace.get(signal.workspaceId));
  };
  const wakeEveryone = () => {
    for (const wakes of byWorkspace.values()) wakeAll(wakes);
    for (const wakes of everyInWorkspace.values()) wakeAll(wakes);
  };

  // Transport.
  let stopTransport: () => Promise<void> = async () => {};
  const startTransport = () => {
    if (config.provider === "sqlite") {
      const off = onActivityInProcess(dispatch);
      stopTransport = async () => off();
    } else {
      stopTransport = listenForNotifications(config.url, dispatch, wakeEveryone);
    }
  };

  // Safety poll, only while someone listens.
  const pollMs = options.safetyPollMs ?? SAFETY_POLL_MS[config.provider];
  let cursor = createActivityCursor(new Date());
  let pollTimer: ReturnType<typeof setTimeout> | undefined;
  const poll = async () => {
    try {
      const workspaceIds = [...new Set([...byWorkspace.keys(), ...everyInWorkspace.keys()])];
      const { rows, full } = await listActivitySignals(db, workspaceIds, cursor.since());
      const fresh = cursor.take(rows, new Date());
      if (full) wakeEveryone();
      else for (const row of fresh) dispatch(row);
    } catch (error) {
      console.error("Live updates safety poll failed", error);
    } finally {
      if (!closed && subscribers > 0) pollTimer = setTimeout(poll, pollMs);
      else pollTimer = undefined;
    }
  };

  let started = false;
  /** Adds `wake` under each (map, key); returns the unsubscribe. */
  const listen = (keys: readonly (readonly [Map<string, Set<() => void>>, string])[], wake: () => void) => {
    if (closed) throw new Error("The activity notifier is closed");
    if (!started) {
      started = true;
      startTransport();
    }
    for (const [map, key] of keys) {
      const set = map.get(key) ?? new Set();
      set.add(wake);
      map.set(key, set);
    }
    subscribers++;
    if (pollTimer === undefined) {
      cursor = createActivityCursor(new Date());
      pollTimer = setTimeout(poll, pollMs);
    }
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      subscribers--;
      for (const [map, key] of keys) {
        const set = map.get(key);
        set?.delete(wake);
        if (set?.size === 0) map.delete(key);
      }
    };
  };
  return {
    subscribe(topic, wake) {
      return listen(
        [
          [byBoard, topic.boardId],
          [byWorkspace, topic.workspaceId],
        ],
        wake,
      );
    },
    subscribePerson({ userId, workspaceIds }, wake) {
      return listen([...workspaceIds.map((id) => [everyInWorkspace, id] as const), [byRecipient, userId] as const], wake);
    },
    async close() {
      closed = true;
      clearTimeout(pollTimer);
      await stopTransport();
    },
  };
}

/**
 * Holds one LISTEN connection, reconnecting with backoff when it drops. Each
 * time it starts listening every stream is woken, since notifications sent
 * before (or while it was down) are lost. Returns the stop.
 */
function listenForNotifications(url: string, onSignal: (signal: TActivitySignal) => void, onListening: () => void) {
  let client: pg.Client | null = null;
  let stopped = false;
  let retryMs = RECONNECT_MS.first;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const connect = async () => {
    const next = new pg.Client({ connectionString: url, application_name: "claimgraph-live" });
    const retry = () => {
      if (client !== next) return;
      client = null;
      next.removeAllListeners();
      void next.end().catch(() => {});
      if (stopped) return;
      retryTimer = setTimeout(() => void connect(), retryMs);
      retryMs = Math.min(retryMs * 2, RECONNECT_MS.max);
    };
    client = next;
    next.on("error", (error) => {
      console.error("Live updates lost their PostgreSQL LISTEN connection; reconnecting", error.message);
      retry();
    });
    next.on("end", retry);
    next.on("notification", (message) => {
      if (message.channel !== ACTIVITY_CHANNEL) return;
      const signal = parseActivitySignal(message.payload);
      if (signal) onSignal(signal);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${ACTIVITY_CHANNEL}`);
      if (stopped) return void next.end().catch(() => {});
      retryMs = RECONNECT_MS.first;
      onListening();
    } catch (error) {
      console.error("Live updates could not LISTEN on PostgreSQL; retrying", (error as Error).message);
      retry();
    }
  };
  void connect();
  return async () => {
    stopped = true;
    clearTimeout(retryTimer);
    const current = client;
    client = null;
    if (current) {
      current.removeAllListeners();
      current.on("error", () => {});
      await current.end().catch(() => {});
    }
  };
}

const globalForNotifier = globalThis as unknown as { claimgraphActivityNotifier?: TActivityNotifier };

/** The process-wide notifier for the process-wide client. */
export function getActivityNotifier(db: TPrismaClient, config: TDatabaseConfig): TActivityNotifier {
  globalForNotifier.claimgraphActivityNotifier ??= createActivityNotifier(db, config);
  return globalForNotifier.claimgraphActivityNotifier;
}
