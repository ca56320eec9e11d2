import { listBoardStreamActivity } from "@/lib/data/activity/list-activity";
import { authorizeBoard } from "@/lib/data/authorize-board";
import { jsonRoute } from "@/lib/http/json-route";
import { loadMemberActor } from "@/lib/data/members/load-member-actor";
import { roleInWorkspace, type TActor } from "@/lib/data/actor";
import { getAuth } from "@/lib/data/auth/get-auth";
import { readDatabaseConfig } from "@/lib/db/database-config";
import { getActivityNotifier } from "@/lib/live/activity-notifier";
import { createBoardEventStream } from "@/lib/live/board-event-stream";
import type { TStreamAudience } from "@/lib/live/stream-entry";

export const dynamic = "force-dynamic";

/**
 * Server-sent events: each new activity entry of the board, and of its
 * workspace's members and verdict scale, as it is committed. Streams are woken
 * by the notifier and read the log itself, so every app instance sees every
 * other instance's changes, on SQLite and PostgreSQL alike.
 */
export const GET = jsonRoute<{ boardId: string }>(async ({ request, db, actor, params }) => {
  const board = await authorizeBoard(db, actor, params.boardId, "board.read");
  const audienceOf = (who: TActor): TStreamAudience => (roleInWorkspace(who, board.workspaceId) !== null ? "member" : "reader");
  const notifier = getActivityNotifier(db, readDatabaseConfig(process.env.DATABASE_URL));
  const stream = createBoardEventStream({
    boardId: board.id,
    viewerUserId: actor.userId,
    audience: audienceOf(actor),
    signal: request.signal,
    readSince: (since) => listBoardStreamActivity(db, board, since),
    subscribe: (wake) => notifier.subscribe({ boardId: board.id, workspaceId: board.workspaceId }, wake),
    async sessionValid() {
      if (!actor.userId) return true;
      // Signed out or expired since the stream opened: it closes, and the reconnect is judged afresh.
      // No refresh: the response is already streaming, so no cookie could be set now.
      const session = await (await getAuth()).api.getSession({ headers: request.headers, query: { disableRefresh: true } });
      return session?.user.id === actor.userId;
    },
    async reauthorize() {
      const current = actor.userId ? await loadMemberActor(db, actor.userId) : actor;
      const allowed = await authorizeBoard(db, current, board.id, "board.read").then(
        () => true,
        () => false,
      );
      return allowed ? audienceOf(current) : null;
    },
  });
  return new Response(stream, {
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", connection: "keep-alive" },
  });
});
