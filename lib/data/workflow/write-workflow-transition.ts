import "server-only";
import type { TActivityAction } from "../../activity/types";
import type { TClaimView, TCorrectionView } from "../../board/types";
import type { TDbClient } from "../../db/prisma-client";
import type { Claim } from "../../db/generated/sqlite/client";
import type { TNotificationRecipient } from "../../notifications/kinds";
import { ROLES, roleCan } from "../../permissions/roles";
import type { TClaimWorkflowState, TWorkflowCommandType, TWorkflowEffect } from "../../workflow/claim-workflow";
import { claimWorkflowColumns } from "../../workflow/claim-workflow-state";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import type { TAuthorizedBoard } from "../authorize-board";
import { COMMENT_WITH_AUTHOR, toCommentView } from "../comments/to-comment-view";
import { DataError } from "../errors";
import { toClaimView, toCorrectionView } from "../mappers";

// Each command gets its own verb in the history; taking a claim is assigning it to oneself.
const ACTIVITY_ACTION: Record<TWorkflowCommandType, TActivityAction> = {
  take: "assigned",
  assign: "assigned",
  unassign: "unassigned",
  propose: "proposed",
  approve: "approved",
  return: "returned",
  correct: "corrected",
};

const REVIEWER_ROLES = ROLES.filter((role) => roleCan(role, "claim.review"));

export type TWorkflowTransition = {
  commandType: TWorkflowCommandType;
  state: TClaimWorkflowState;
  effects: TWorkflowEffect[];
};

export type TWrittenTransition = { claim: TClaimView; correction: TCorrectionView | null };

export function staleClaimError(current: TClaimView): DataError {
  return new DataError(
    "conflict",
    "Someone else changed this claim since you opened it. Review the current version and apply your change again.",
    { current },
  );
}

/**
 * Stores an allowed transition of `before` and writes its effects and activity.
 * Runs inside the caller's transaction; a concurrent change to the claim
 * since `before` was read is a 409 that rolls the transaction back.
 */
export async function writeWorkflowTransition(
  tx: TDbClient,
  actor: TActor,
  board: TAuthorizedBoard,
  before: Claim,
  transition: TWorkflowTransition,
): Promise<TWrittenTransition> {
  const published = transition.effects.find((effect) => effect.type === "verdictPublished");
  const { count } = await tx.claim.updateMany({
    where: { id: before.id, boardId: board.id, version: before.version },
    data: {
      ...claimWorkflowColumns(transition.state),
      ...(published ? { publishedAt: new Date() } : {}),
      version: { increment: 1 },
    },
  });
  const after = toClaimView(await tx.claim.findUniqueOrThrow({ where: { id: before.id } }));
  if (count === 0) throw staleClaimError(after);

  let correction: TCorrectionView | null = null;
  for (const effect of transition.effects) {
    if (effect.type === "correctionRecorded") {
      correction = toCorrectionView(
        await tx.correction.create({
          data: {
            boardId: board.id,
            claimId: before.id,
            fromVerdict: effect.fromVerdict,
            toVerdict: effect.toVerdict,
            reason: effect.reason,
            correctedById: effect.correctedById,
          },
        }),
      );
    }
  }

  const base = { boardId: board.id, workspaceId: board.workspaceId, claimId: before.id } as const;
  // A correction rides along in the claim's entry, so live views add the note with the new verdict.
  await recordActivity(tx, actor, {
    ...base,
    entityType: "claim",
    entityId: before.id,
    action: ACTIVITY_ACTION[transition.commandType],
    before: toClaimView(before),
    after: correction ? { ...after, correction } : after,
    notify: await workflowNotifications(tx, board, transition),
  });

  for (const effect of transition.effects) {
    if (effect.type === "returnedWithComment") {
      // The return comment joins the claim's discussion, where the checker will look for it.
      const comment = toCommentView(
        await tx.comment.create({
          data: { boardId: board.id, claimId: before.id, authorId: effect.returnedById, body: effect.comment },
          include: COMMENT_WITH_AUTHOR,
        }),
      );
      await recordActivity(tx, actor, { ...base, entityType: "comment", entityId: comment.id, action: "created", before: null, after: comment });
    }
  }
  return { claim: after, correction };
}

/** Who a move asks to act: the new assignee, the workspace's reviewers for a proposal, the checker a claim is returned to. */
async function workflowNotifications(
  tx: TDbClient,
  board: TAuthorizedBoard,
  transition: TWorkflowTransition,
): Promise<TNotificationRecipient[]> {
  const recipients: TNotificationRecipient[] = [];
  for (const effect of transition.effects) {
    if (effect.type === "assigned") recipients.push({ recipientId: effect.assigneeId, kind: "assigned" });
    if (effect.type === "returnedWithComment" && transition.state.assigneeId) {
      recipients.push({ recipientId: transition.state.assigneeId, kind: "returned" });
    }
    if (effect.type === "proposed") {
      const reviewers = await tx.membership.findMany({
        where: { workspaceId: board.workspaceId, role: { in: REVIEWER_ROLES } },
        select: { userId: true },
        orderBy: { createdAt: "asc" },
      });
      for (const reviewer of reviewers) recipients.push({ recipientId: reviewer.userId, kind: "review_requested" });
    }
  }
  return recipients;
}
