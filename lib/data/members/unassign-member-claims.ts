import "server-only";
import type { TDbClient } from "../../db/prisma-client";
import { claimWorkflowColumns } from "../../workflow/claim-workflow-state";
import { NEW_CLAIM_WORKFLOW } from "../../workflow/claim-workflow";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { toClaimView } from "../mappers";

/** Stages in which a claim is someone's work in progress: it can't stay with a person who left. */
const IN_PROGRESS = ["researching", "returned"];

/**
 * Puts the claims a departing member was working on (researching or returned)
 * back to unassigned, proposal cleared, each with its activity entry. Runs in
 * the removal's transaction. Claims awaiting review or published keep their
 * record of who did the work. Returns the claims' ids.
 */
export async function unassignMemberClaims(
  tx: TDbClient,
  actor: TActor,
  workspaceId: string,
  userId: string,
): Promise<string[]> {
  const claims = await tx.claim.findMany({
    where: { assigneeId: userId, stage: { in: IN_PROGRESS }, board: { workspaceId } },
    orderBy: [{ boardId: "asc" }, { positionStart: "asc" }, { id: "asc" }],
  });
  const unassigned: string[] = [];
  for (const before of claims) {
    // Conditional, like every claim write: a claim that moved on meanwhile is left as it now is.
    const { count } = await tx.claim.updateMany({
      where: { id: before.id, version: before.version, assigneeId: userId, stage: before.stage },
      data: { ...claimWorkflowColumns(NEW_CLAIM_WORKFLOW), version: { increment: 1 } },
    });
    if (count === 0) continue;
    const after = await tx.claim.findUniqueOrThrow({ where: { id: before.id } });
    await recordActivity(tx, actor, {
      boardId: before.boardId,
      workspaceId,
      entityType: "claim",
      entityId: before.id,
      claimId: before.id,
      action: "unassigned",
      before: toClaimView(before),
      after: toClaimView(after),
      evenOnArchivedBoard: true,
    });
    unassigned.push(before.id);
  }
  return unassigned;
}
