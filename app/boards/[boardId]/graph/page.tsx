import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { GraphView } from "@/components/graph/graph-view";
import { initialGraphLayout } from "@/lib/graph/initial-layout";
import { ZId } from "@/lib/schemas/fields";
import { loadBoardPage } from "../board-page-view";

export const metadata: Metadata = { title: "Graph · Claimgraph" };

/**
 * The board as a graph. The board itself comes from the layout's store (the same read, shared); React Flow renders in
 * the browser. A small board with nodes not yet placed comes laid out, so the browser need not lay it out first.
 */
export default async function BoardGraphPage({ params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  if (!ZId.safeParse(boardId).success) notFound();
  const page = await loadBoardPage(boardId);
  if (!page) notFound();
  return (
    // useSearchParams (the filter lives in the address) needs a Suspense boundary.
    <Suspense fallback={<p className="graph-loading muted">Loading the graph…</p>}>
      <GraphView initialLayout={page.complete ? initialGraphLayout(page.board) : null} />
    </Suspense>
  );
}
