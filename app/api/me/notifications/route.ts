import { listNotifications } from "@/lib/data/notifications/list-notifications";
import { jsonRoute } from "@/lib/http/json-route";

export const dynamic = "force-dynamic";

/** The signed-in person's newest notifications and how many are unread. */
export const GET = jsonRoute(async ({ db, actor }) => listNotifications(db, actor));
