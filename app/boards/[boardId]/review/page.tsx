import type { Metadata } from "next";
import { Suspense } from "react";
import { ReviewBoard } from "@/components/review/review-board";

export const metadata: Metadata = { title: "Review · Claimgraph" };

/** The team's review board. The board itself comes from the layout's store, which follows teammates' changes live. */
export default function BoardReviewPage() {
  return (
    // useSearchParams (the filters live in the address) needs a Suspense boundary.
    <Suspense fallback={<p className="graph-loading muted">Loading the review board…</p>}>
      <ReviewBoard />
    </Suspense>
  );
}
