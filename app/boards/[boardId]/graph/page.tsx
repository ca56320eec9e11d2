import type { Metadata } from "next";
import { Suspense } from "react";
import { GraphView } from "@/components/graph/graph-view";

export const metadata: Metadata = { title: "Graph · Claimgraph" };

/** The board as a graph. The board itself comes from the layout's store; React Flow renders in the browser. */
export default function BoardGraphPage() {
  return (
    // useSearchParams (the filter lives in the address) needs a Suspense boundary.
    <Suspense fallback={<p className="graph-loading muted">Loading the graph…</p>}>
      <GraphView />
    </Suspense>
  );
}
