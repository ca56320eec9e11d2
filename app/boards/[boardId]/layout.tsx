import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { preload } from "react-dom";
import { BoardHeader } from "@/components/board/board-header";
import { BoardProvider } from "@/components/board/board-store";
import { BoardLoadingNotice } from "@/components/board/board-loading-notice";
import { boardRowsPath } from "@/lib/board/board-rows";
import type { TBoardRowTable } from "@/lib/schemas/board-rows";
import { loadBoardPage } from "./board-page-view";
import { ZId } from "@/lib/schemas/fields";

/** Row pages the board page has the browser fetch before its scripts run, leaving connections for the scripts. */
const PRELOADED_ROW_PAGES = 4;

export default async function BoardLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ boardId: string }>;
}) {
  const { boardId } = await params;
  if (!ZId.safeParse(boardId).success) notFound();
  // A large board's page carries its first slice only, so its HTML stays bounded; the client pages in the rest.
  const page = await loadBoardPage(boardId);
  if (!page) notFound();
  const { board } = page;
  // The client pages in the rest of a large board once its scripts run; the browser fetches the first pages meanwhile.
  // Only a few: a browser opens 6 connections to a server over HTTP/1.1, and preloads (high priority) holding them all
  // kept the page's own scripts waiting until the rows had come (the 10k review board's scripts ran ~1.1 s late).
  const firstPages = Object.entries(page.cursors ?? {}).flatMap(([table, cursors]) =>
    (cursors as (string | null)[]).map((after) => boardRowsPath(board.id, table as TBoardRowTable, after)),
  );
  for (const path of firstPages.slice(0, PRELOADED_ROW_PAGES)) preload(path, { as: "fetch", crossOrigin: "anonymous" });
  return (
    // The provider gives the workspace's verdict scale as well, kept up to date live.
    <BoardProvider initialBoard={board} complete={page.complete} totals={page.complete ? undefined : page.totals}>
      {/* One main landmark for every board view, its header included; side panels are asides within it. */}
      <main className="board-shell">
        <BoardHeader />
        <BoardLoadingNotice />
        <div className="board-body">{children}</div>
      </main>
    </BoardProvider>
  );
}
