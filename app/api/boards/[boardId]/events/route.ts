import { listActivitySince } from "@/lib/data/activity/list-activity";
import { authorizeBoard } from "@/lib/data/authorize-board";
import { jsonRoute } from "@/lib/http/json-route";
import { createActivityCursor } from "@/lib/live/activity-stream";
import { loadMemberActor } from "@/lib/data/members/load-member-actor";
import { roleInWorkspace } from "@/lib/data/actor";
import { getAuth } from "@/lib/data/auth/get-auth";

export const dynamic = "force-dynamic";

const POLL_MS = 700;
const HEARTBEAT_MS = 15_000;
// Access is checked again this often, so a removed member or a reader of a
// board made private stops receiving its changes.
const REAUTHORIZE_MS = 5_000;

/**
 * Server-sent events: each new activity entry of the board as it is recorded.
 * Reading the log from the database makes every app instance see every
 * other instance's changes, on SQLite and PostgreSQL alike.
 */
export const GET = jsonRoute<{ boardId: string }>(async ({ request, db, actor, params }) => {
  const board = await authorizeBoard(db, actor, params.boardId, "board.read");
  // Readers of a public board who aren't members get the board's changes, not its internal discussion.
  let readsDiscussion = roleInWorkspace(actor, board.workspaceId) !== null;
  const cursor = createActivityCursor(new Date());
  const encoder = new TextEncoder();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let lastWrite = Date.now();
      let lastAuthorized = Date.now();
      const send = (text: string) => {
        controller.enqueue(encoder.encode(text));
        lastWrite = Date.now();
      };
      send("retry: 2000\n\n");
      const poll = async () => {
        if (request.signal.aborted) return;
        try {
          if (Date.now() - lastAuthorized > REAUTHORIZE_MS) {
            // Signed out or expired since the stream opened: it closes, and the reconnect is judged afresh.
            if (actor.userId) {
              // No refresh: the response is already streaming, so no cookie could be set now.
              const session = await (await getAuth()).api.getSession({ headers: request.headers, query: { disableRefresh: true } });
              if (session?.user.id !== actor.userId) {
                controller.close();
                return;
              }
            }
            const current = actor.userId ? await loadMemberActor(db, actor.userId) : actor;
            const allowed = await authorizeBoard(db, current, params.boardId, "board.read").then(
              () => true,
              () => false,
            );
            if (!allowed) {
              controller.close();
              return;
            }
            readsDiscussion = roleInWorkspace(current, board.workspaceId) !== null;
            lastAuthorized = Date.now();
          }
          const entries = cursor.take(await listActivitySince(db, params.boardId, cursor.since()), new Date());
          for (const entry of entries) {
            if (readsDiscussion) send(`id: ${entry.id}\ndata: ${JSON.stringify(entry)}\n\n`);
            // Readers who aren't members get what changed to, not who changed it or what it was before.
            else if (entry.entityType !== "comment") {
              send(`id: ${entry.id}\ndata: ${JSON.stringify({ ...entry, actorId: null, before: null })}\n\n`);
            }
          }
          if (Date.now() - lastWrite > HEARTBEAT_MS) send(": still here\n\n");
          timer = setTimeout(poll, POLL_MS);
        } catch (error) {
          // The client's EventSource reconnects on its own.
          console.error("Live updates stream stopped", error);
          controller.close();
        }
      };
      request.signal.addEventListener("abort", () => {
        clearTimeout(timer);
        try {
          controller.close();
        } catch {
          // already closed
        }
      });
      void poll();
    },
    cancel() {
      clearTimeout(timer);
    },
  });
  return new Response(stream, {
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", connection: "keep-alive" },
  });
});
