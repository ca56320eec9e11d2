import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { BoardHeader } from "@/components/board/board-header";
import { BoardProvider } from "@/components/board/board-store";
import { loadBoardViewOrNull } from "@/lib/data/boards/load-board-view-or-null";
import { getPrisma } from "@/lib/db/prisma-client";
import { getRequestActor } from "@/lib/http/request-actor";
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
  const board = await loadBoardViewOrNull(getPrisma(), await getRequestActor(), boardId);
  if (!board) notFound();
  return (
    // The provider gives the workspace's verdict scale as well, kept up to date live.
    <BoardProvider initialBoard={board}>
      <div className="board-shell">
        <BoardHeader />
        <div className="board-body">{children}</div>
      </div>
    </BoardProvider>
  );
}
