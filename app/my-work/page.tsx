import type { Metadata } from "next";
import { redirect } from "next/navigation";
import "./my-work.css";
import { MyWorkSections, MyWorkSummary } from "@/components/my-work/my-work-sections";
import { NotificationList } from "@/components/my-work/notification-list";
import { getMyWork } from "@/lib/data/my-work/get-my-work";
import { listNotifications } from "@/lib/data/notifications/list-notifications";
import { getPrisma } from "@/lib/db/prisma-client";
import { getRequestActor } from "@/lib/http/request-actor";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "My work · Claimgraph" };

/** The signed-in person's work across every board they can see, and their notifications. */
export default async function MyWorkPage() {
  const actor = await getRequestActor();
  if (actor.userId === null) redirect("/sign-in?next=/my-work");
  const now = new Date();
  const db = getPrisma();
  const [work, notifications] = await Promise.all([getMyWork(db, actor, now), listNotifications(db, actor, now)]);
  return (
    <main className="page my-work">
      <h1>My work</h1>
      <p className="muted">Across every board you can see. Due dates are judged against today, {work.today} (UTC).</p>
      <MyWorkSummary work={work} />
      <div className="my-work-layout">
        <div className="my-work-main">
          <MyWorkSections work={work} />
        </div>
        <div className="my-work-side">
          <NotificationList initial={notifications} nowIso={now.toISOString()} today={work.today} />
        </div>
      </div>
    </main>
  );
}
