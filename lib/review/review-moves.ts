import type { TBoardViewer, TClaimView } from "../board/types";
import { commandForBoardMove } from "../workflow/board-moves";
import { commandRefusal, type TWorkflowActor, type TWorkflowCommandType } from "../workflow/claim-workflow";
import { claimWorkflowState } from "../workflow/claim-workflow-state";
import type { TWorkflowStage } from "../workflow/stages";

// The review board asks the workflow's rules before calling the server, so a
// move that can't happen is explained at once. The server checks again.

export const INCONSISTENT_REFUSAL =
  "This claim's workflow record is inconsistent, so it can't be moved from here. Open the claim, or ask an editor to look at it.";
export const SIGN_IN_REFUSAL = "Sign in as a member of this workspace to move claims through the workflow.";

/** The viewer as the workflow sees them, or null for a reader who is not a member. */
export function workflowActor(viewer: TBoardViewer): TWorkflowActor | null {
  return viewer.userId !== null && viewer.role !== null ? { userId: viewer.userId, role: viewer.role } : null;
}

export type TCommandCheck = { ok: true } | { ok: false; reason: string };

/** Whether `viewer` may issue a command of this type on the claim now, and why not. */
export function checkCommand(claim: TClaimView, type: TWorkflowCommandType, viewer: TBoardViewer): TCommandCheck {
  const actor = workflowActor(viewer);
  if (!actor) return { ok: false, reason: SIGN_IN_REFUSAL };
  let state;
  try {
    state = claimWorkflowState(claim);
  } catch {
    // A row no command sequence produces: say so rather than break the board.
    return { ok: false, reason: INCONSISTENT_REFUSAL };
  }
  const refusal = commandRefusal(state, type, actor);
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
