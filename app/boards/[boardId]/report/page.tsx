import { notFound } from "next/navigation";
import { BoardReportView } from "@/components/report/board-report-view";
import { getBoardReport } from "@/lib/data/boards/get-board-report";
import { DataError } from "@/lib/data/errors";
import { getPrisma } from "@/lib/db/prisma-client";
import { getRequestActor } from "@/lib/http/request-actor";
import "./report.css";

export const dynamic = "force-dynamic";

/** The printable report: the same page prints (its print stylesheet) and downloads as a PDF. */
export default async function BoardReportPage({ params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  const report = await getBoardReport(getPrisma(), await getRequestActor(), boardId).catch((error: unknown) => {
    if (error instanceof DataError && error.code === "not_found") notFound();
    throw error;
  });
  return <BoardReportView report={report} />;
}
