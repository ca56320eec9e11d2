import "server-only";
import { yieldToEventLoop } from "../../async/yield-to-event-loop";
import type { TPrismaClient } from "../../db/prisma-client";
import { planBoardImportInSlices } from "../../export/plan-board-import";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { DataError } from "../errors";
import { chooseImportedBoardTitle } from "./choose-imported-board-title";
import { chooseWorkspaceForNewBoard } from "./choose-workspace-for-new-board";
import { lockWorkspace } from "../workspaces/lock-workspace";
import { writeImportedBoard } from "./write-imported-board";

/** How far an import has got: rows of the file checked, then rows saved. */
export type TImportProgress = { phase: "checking" | "saving"; done: number; total: number };

/**
 * A new board from an exported one (claimgraph.board.v1): new ids, same content. The file is checked and the rows
 * written in slices that yield to other requests; the board stays hidden until every row is in, and a failed import
 * leaves nothing behind. A title a board in the workspace already has gets the import's date (and a number) added.
 */
export async function importBoard(
  db: TPrismaClient,
  actor: TActor,
  exported: unknown,
  options: { workspaceId?: string; onProgress?: (progress: TImportProgress) => void; pause?: () => Promise<void> } = {},
): Promise<{ id: string; title: string }> {
  const workspaceId = await chooseWorkspaceForNewBoard(db, actor, options.workspaceId);
  const pause = options.pause ?? yieldToEventLoop;
  const planned = await planBoardImportInSlices(exported, {
    pause,
    onProgress: ({ rowsChecked, rowsTotal }) => options.onProgress?.({ phase: "checking", done: rowsChecked, total: rowsTotal }),
  });
  if (!planned.ok) {
    throw new DataError("invalid", `This is not a board Claimgraph can import: ${planned.problems.join("; ")}`, {
      problems: planned.problems,
    });
  }
  const { plan } = planned;
  let title = plan.board.title;
  const id = await writeImportedBoard(db, plan, {
    workspaceId,
    pause,
    onProgress: ({ rowsSaved, rowsTotal }) => options.onProgress?.({ phase: "saving", done: rowsSaved, total: rowsTotal }),
    finish: async (tx, boardId) => {
      // A second import of one file (or a board of the same name) must be told apart on the home list; imports
      // revealed at once choose one after another.
      await lockWorkspace(tx, workspaceId);
      title = await chooseImportedBoardTitle(tx, { workspaceId, boardId }, plan.board.title, new Date());
      if (title !== plan.board.title) await tx.board.update({ where: { id: boardId }, data: { title }, select: { id: true } });
      await recordActivity(tx, actor, {
        boardId,
        entityType: "board",
        entityId: boardId,
        action: "created",
        before: null,
        after: { title, importedFrom: "claimgraph.board.v1", claims: plan.claims.length, evidence: plan.evidence.length },
      });
    },
  });
  return { id, title };
}
