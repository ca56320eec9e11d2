import type { TBoardViewer, TClaimView } from "../board/types";
import { commandForBoardMove } from "../workflow/board-moves";
import {
  commandRefusal,
  type TClaimWorkflowState,
  type TWorkflowActor,
  type TWorkflowCommandType,
} from "../workflow/claim-workflow";
import type { TWorkflowStage } from "../workflow/stages";

// The review board asks the workflow's rules before calling the server, so a
// move that can't happen is explained at once. The server checks again.

export const SIGN_IN_REFUSAL = "Sign in as a member of this workspace to move claims through the workflow.";

/**
 * The workflow state a claim view is in, as far as the rules look at it
 * (stage, assignee, who proposed). Ids the view lacks are left blank, so a
 * malformed row is refused by the rules rather than crashing the board.
 */
export function workflowStateOfClaim(claim: TClaimView): TClaimWorkflowState {
  const assigneeId = claim.assigneeId ?? "";
  const proposedById = claim.proposedById ?? "";
  const proposedVerdict = claim.proposedVerdict ?? claim.verdict;
  const finding = (verdict: TClaimView["verdict"]) => (verdict === "unverified" ? "unverifiable" : verdict);
  switch (claim.stage) {
    case "unassigned":
      return { stage: "unassigned", assigneeId: null, proposal: null, published: null };
    case "researching":
      return { stage: "researching", assigneeId, proposal: null, published: null };
    case "ready_for_review":
    case "returned":
      return {
        stage: claim.stage,
        assigneeId,
        proposal: { verdict: finding(proposedVerdict), rationale: claim.proposedRationale ?? "", proposedById },
        published: null,
      };
    case "published":
      return {
        stage: "published",
        assigneeId: claim.assigneeId,
        proposal: null,
        published: {
          verdict: finding(claim.verdict),
          rationale: claim.verdictRationale,
          proposedById,
          approvedById: claim.approvedById ?? "",
        },
      };
  }
}

/** The viewer as the workflow sees them, or null for a reader who is not a member. */
export function workflowActor(viewer: TBoardViewer): TWorkflowActor | null {
  return viewer.userId !== null && viewer.role !== null ? { userId: viewer.userId, role: viewer.role } : null;
}

export type TCommandCheck = { ok: true } | { ok: false; reason: string };

/** Whether `viewer` may issue a command of this type on the claim now, and why not. */
export function checkCommand(claim: TClaimView, type: TWorkflowCommandType, viewer: TBoardViewer): TCommandCheck {
  const actor = workflowActor(viewer);
  if (!actor) return { ok: false, reason: SIGN_IN_REFUSAL };
  const refusal = commandRefusal(workflowStateOfClaim(claim), type, actor);
  return refusal ? { ok: false, reason: refusal.reason } : { ok: true };
}

export type TMoveCheck =
  | { ok: true; command: TWorkflowCommandType; needsInput: boolean }
  | { ok: false; reason: string };

/** What moving the claim's card to column `to` means for `viewer`: a command to run, or the reason it can't move. */
export function checkBoardMove(claim: TClaimView, to: TWorkflowStage, viewer: TBoardViewer): TMoveCheck {
  const move = commandForBoardMove(claim.stage, to);
  if (move.command === null) return { ok: false, reason: move.reason };
  const allowed = checkCommand(claim, move.command, viewer);
  if (!allowed.ok) return allowed;
  return { ok: true, command: move.command, needsInput: move.needsInput };
}
