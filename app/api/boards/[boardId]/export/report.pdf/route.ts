import { getBoardReport } from "@/lib/data/boards/get-board-report";
import { jsonRoute } from "@/lib/http/json-route";
import { publicOrigin } from "@/lib/http/public-origin";
import { renderReportPdf } from "@/lib/report/render-report-pdf";

/** The board's report as a PDF file. */
export const GET = jsonRoute<{ boardId: string }>(async ({ request, db, actor, params }) => {
  const report = await getBoardReport(db, actor, params.boardId);
  const pdf = await renderReportPdf(report, { origin: publicOrigin(process.env.BETTER_AUTH_URL, request.headers) });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="claimgraph-report-${params.boardId}.pdf"`,
    },
  });
});
