import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { VerdictScaleEditor } from "@/components/verdicts/verdict-scale-editor";
import { VerdictScaleTable } from "@/components/verdicts/verdict-scale-table";
import { DataError } from "@/lib/data/errors";
import { getWorkspaceSettings, type TWorkspaceSettings } from "@/lib/data/workspaces/get-workspace-settings";
import { getPrisma } from "@/lib/db/prisma-client";
import { getRequestActor } from "@/lib/http/request-actor";
import { ZId } from "@/lib/schemas/fields";

export const metadata: Metadata = { title: "Verdict scale · Claimgraph" };

async function loadSettingsOrNull(workspaceId: string): Promise<TWorkspaceSettings | null> {
  try {
    return await getWorkspaceSettings(getPrisma(), await getRequestActor(), workspaceId);
  } catch (error) {
    if (error instanceof DataError && error.code === "not_found") return null;
    throw error;
  }
}

export default async function VerdictScalePage({
  params,
  searchParams,
}: {
  params: Promise<{ workspaceId: string }>;
  searchParams: Promise<{ board?: string | string[] }>;
}) {
  const { workspaceId } = await params;
  if (!ZId.safeParse(workspaceId).success) notFound();
  const settings = await loadSettingsOrNull(workspaceId);
  if (!settings) notFound();
  // The board the reader came from, for the way back.
  const { board } = await searchParams;
  const fromBoard = typeof board === "string" && ZId.safeParse(board).success ? board : null;

  return (
    <main className="page narrow verdict-scale-page">
      {fromBoard ? (
        <p className="small">
          <Link href={`/boards/${fromBoard}`}>← Back to the board</Link>
        </p>
      ) : null}
      <h1>Verdict scale of {settings.name}</h1>
      <p className="muted">
        How this workspace names, colours, describes and rates each verdict, on every board and in the ClaimReview
        export. The verdicts themselves and their icons stay fixed, so the workflow is the same everywhere and a verdict
        never depends on colour alone. Each text colour must be readable (WCAG AA contrast of 4.5:1) on white and on its
        tint.
      </p>
      {settings.canEditVerdictScale ? (
        <VerdictScaleEditor workspaceId={settings.id} initial={settings.verdictScale} />
      ) : (
        <>
          <p className="verdict-scale-readonly-note">Only the workspace&apos;s owners can change the verdict scale.</p>
          <VerdictScaleTable scale={settings.verdictScale.scale} />
        </>
      )}
    </main>
  );
}
