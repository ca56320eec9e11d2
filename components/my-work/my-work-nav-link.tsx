import { countUnreadNotifications } from "@/lib/data/notifications/count-unread-notifications";
import { getPrisma } from "@/lib/db/prisma-client";
import { getRequestActor } from "@/lib/http/request-actor";
import { MyWorkLink } from "./my-work-link";

/** "My work" in the header for a signed-in person; nothing for a reader. */
export async function MyWorkNavLink() {
  const actor = await getRequestActor();
  if (!actor.userId) return null;
  return <MyWorkLink initialUnread={await countUnreadNotifications(getPrisma(), actor)} />;
}
