import { getAuth } from "@/lib/data/auth/get-auth";
import { loadMemberActor } from "@/lib/data/members/load-member-actor";
import { workScope } from "@/lib/data/my-work/work-scope";
import { listNotifications } from "@/lib/data/notifications/list-notifications";
import { readDatabaseConfig } from "@/lib/db/database-config";
import { jsonRoute } from "@/lib/http/json-route";
import { getActivityNotifier } from "@/lib/live/activity-notifier";
import { createNotificationEventStream } from "@/lib/live/notification-event-stream";

export const dynamic = "force-dynamic";

/**
 * Server-sent events for the signed-in person: their unread count and new
 * notifications, woken by the activity log of every workspace they belong to.
 */
export const GET = jsonRoute(async ({ request, db, actor }) => {
  const { userId, workspaceIds } = workScope(actor);
  const notifier = getActivityNotifier(db, readDatabaseConfig(process.env.DATABASE_URL));
  const stream = createNotificationEventStream({
    signal: request.signal,
    // Memberships are read afresh each time: someone removed from a workspace stops seeing its notifications at once.
    read: async () => listNotifications(db, await loadMemberActor(db, userId)),
    subscribe: (wake) => notifier.subscribePerson({ userId, workspaceIds }, wake),
    async sessionValid() {
      const session = await (await getAuth()).api.getSession({ headers: request.headers, query: { disableRefresh: true } });
      return session?.user.id === userId;
    },
  });
  return new Response(stream, {
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", connection: "keep-alive" },
  });
});
