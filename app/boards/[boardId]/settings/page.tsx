import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BoardSettingsForms } from "@/components/boards/board-settings-forms";
import { getBoardSettings } from "@/lib/data/boards/get-board-settings";
import { DataError } from "@/lib/data/errors";
import { getPrisma } from "@/lib/db/prisma-client";
import { getRequestActor } from "@/lib/http/request-actor";

export const metadata: Metadata = { title: "Board settings · Claimgraph" };
export const dynamic = "force-dynamic";

export default async function BoardSettingsPage({ params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  const settings = await getBoardSettings(getPrisma(), await getRequestActor(), boardId).catch((error: unknown) => {
    // Readers who aren't members have no settings to see: the same 404 as for no board.
    if (error instanceof DataError && error.status < 500) return null;
    throw error;
  });
  if (!settings) notFound();
  return (
    <section className="page narrow board-settings" aria-labelledby="board-settings-heading">
      <h2 id="board-settings-heading">Board settings</h2>
      {settings.canManage ? (
        <BoardSettingsForms settings={settings} />
      ) : (
        <p className="muted">Only editors and owners rename, archive or delete a board.</p>
      )}
    </section>
  );
}
