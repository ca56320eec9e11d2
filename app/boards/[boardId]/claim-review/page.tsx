import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { ClaimReviewPreview } from "@/components/report/claim-review-preview";
import { getBoardClaimReviews } from "@/lib/data/boards/get-board-claim-reviews";
import { DataError } from "@/lib/data/errors";
import { getPrisma } from "@/lib/db/prisma-client";
import { publicOrigin } from "@/lib/http/public-origin";
import { getRequestActor } from "@/lib/http/request-actor";
import "../report/report.css";

export const dynamic = "force-dynamic";

/** A readable preview of the board's ClaimReview JSON-LD, with the file to download. */
export default async function BoardClaimReviewPage({ params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  const origin = publicOrigin(process.env.BETTER_AUTH_URL, await headers());
  const graph = await getBoardClaimReviews(getPrisma(), await getRequestActor(), boardId, origin).catch((error: unknown) => {
    if (error instanceof DataError && error.code === "not_found") notFound();
    throw error;
  });
  return <ClaimReviewPreview graph={graph} downloadHref={`/api/boards/${encodeURIComponent(boardId)}/claim-review`} />;
}
