import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { BoardHeader } from "@/components/board/board-header";
import { BoardProvider } from "@/components/board/board-store";
import { BoardRowPreloads } from "@/components/board/board-row-preloads";
import { BoardLoadingNotice } from "@/components/board/board-loading-notice";
import { boardRowsPath } from "@/lib/board/board-rows";
import type { TBoardRowTable } from "@/lib/schemas/board-rows";
import { loadBoardPage } from "./board-page-view";
import { ZId } from "@/lib/schemas/fields";

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
  // The client pages in the rest of a large board once its scripts run; the browser can fetch those pages meanwhile.
  const rowPages = (Object.entries(page.cursors ?? {}) as [TBoardRowTable, (string | null)[]][]).flatMap(([table, cursors]) =>
    cursors.map((after) => boardRowsPath(board.id, table, after)),
  );
  return (
    <>
      <BoardRowPreloads hrefs={rowPages} />
      {/* The provider gives the workspace's verdict scale as well, kept up to date live. */}
      <BoardProvider initialBoard={board} complete={page.complete} totals={page.complete ? undefined : page.totals}>
        {/* One main landmark for every board view, its header included; side panels are asides within it. */}
        <main className="board-shell">
          <BoardHeader />
          <BoardLoadingNotice />
          <div className="board-body">{children}</div>
        </main>
      </BoardProvider>
    </>
  );
}
