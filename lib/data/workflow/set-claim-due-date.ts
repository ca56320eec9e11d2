import "server-only";
import type { TClaimView } from "../../board/types";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TClaimDueDateInput } from "../../schemas/claim";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { findBoardClaim } from "../claims/find-board-claim";
import { toClaimView } from "../mappers";
import { requireWorkflowActor } from "./require-workflow-actor";
import { staleClaimError } from "./write-workflow-transition";

/** Sets or clears the date a claim's check is due (editors, like assigning). */
export async function setClaimDueDate(
  db: TPrismaClient,
  actor: TActor,
  boardId: string,
  claimId: string,
  input: TClaimDueDateInput,
): Promise<{ claim: TClaimView }> {
  const board = await authorizeBoard(db, actor, boardId, "claim.assign");
  requireWorkflowActor(actor, board);
  return db.$transaction(async (tx) => {
    const before = await findBoardClaim(tx, boardId, claimId);
    if (input.version !== undefined && input.version !== before.version) throw staleClaimError(toClaimView(before));
    // Saving the same date again is not a change: no new version, nothing in the log.
    if (before.dueOn === input.dueOn) return { claim: toClaimView(before) };
    const { count } = await tx.claim.updateMany({
      where: { id: claimId, boardId, version: before.version },
      data: { dueOn: input.dueOn, version: { increment: 1 } },
    });
    const after = toClaimView(await tx.claim.findUniqueOrThrow({ where: { id: claimId } }));
    if (count === 0) throw staleClaimError(after);
    await recordActivity(tx, actor, {
      boardId,
      workspaceId: board.workspaceId,
      entityType: "claim",
      entityId: claimId,
      claimId,
      action: "updated",
      before: toClaimView(before),
      after,
    });
    return { claim: after };
  });
}
