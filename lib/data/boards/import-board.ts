import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import { planBoardImport } from "../../export/plan-board-import";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { DataError } from "../errors";
import { insertBoardPlan } from "../seed/import-seed-board";
import { chooseWorkspaceForNewBoard } from "./choose-workspace-for-new-board";

/** A new board from an exported one (claimgraph.board.v1): new ids, same content. */
export async function importBoard(
  db: TPrismaClient,
  actor: TActor,
  exported: unknown,
  options: { workspaceId?: string } = {},
): Promise<{ id: string }> {
  const workspaceId = await chooseWorkspaceForNewBoard(db, actor, options.workspaceId);
  const planned = planBoardImport(exported);
  if (!planned.ok) {
    throw new DataError("invalid", `This is not a board Claimgraph can import: ${planned.problems.join("; ")}`, {
      problems: planned.problems,
    });
  }
  const { plan } = planned;
  const id = await insertBoardPlan(db, plan, {
    seedKey: null,
    workspaceId,
    onInserted: (tx, boardId) =>
      recordActivity(tx, actor, {
        boardId,
        entityType: "board",
        entityId: boardId,
        action: "created",
        before: null,
        after: { title: plan.board.title, importedFrom: "claimgraph.board.v1", claims: plan.claims.length, evidence: plan.evidence.length },
      }),
  });
  return { id };
}
