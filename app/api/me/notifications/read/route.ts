import { markNotificationsRead } from "@/lib/data/notifications/mark-notifications-read";
import { jsonRoute, readJsonBody } from "@/lib/http/json-route";
import { ZMarkNotificationsReadInput } from "@/lib/schemas/notification";

/** Marks some of one's notifications read ({ notificationIds }), or all ({ all: true }). */
export const POST = jsonRoute(async ({ request, db, actor }) =>
  markNotificationsRead(db, actor, await readJsonBody(request, ZMarkNotificationsReadInput)),
);
