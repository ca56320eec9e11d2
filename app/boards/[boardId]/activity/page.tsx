import { notFound } from "next/navigation";
import { ActivityList } from "@/components/activity/activity-list";
import { listActivity } from "@/lib/data/activity/list-activity";
import { DataError } from "@/lib/data/errors";
import { getPrisma } from "@/lib/db/prisma-client";
import { getRequestActor } from "@/lib/http/request-actor";

export const dynamic = "force-dynamic";

export default async function BoardActivityPage({ params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  const entries = await listActivity(getPrisma(), await getRequestActor(), boardId).catch((error: unknown) => {
    if (error instanceof DataError && error.code === "not_found") notFound();
    if (error instanceof DataError && (error.code === "unauthenticated" || error.code === "forbidden")) return null;
    throw error;
  });
  if (entries === null) {
    return (
      <section className="page activity-page" aria-label="Activity">
        <h2>Activity</h2>
        <p>The activity log is for members of this board&rsquo;s workspace. The article, graph and review board are public.</p>
      </section>
    );
  }
  return (
    // The log scrolls inside the board's frame once it is long: focusable, so the keyboard can scroll it too.
    <section className="page activity-page" aria-label="Activity" tabIndex={0}>
      <h2>Activity</h2>
      <p className="muted small">Every change to claims, evidence, links and the argument, newest first. The log cannot be edited.</p>
      <ActivityList entries={entries} />
    </section>
  );
}
