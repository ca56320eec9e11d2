import type { TWorkflowCommandType } from "./claim-workflow";
import { STAGE_LABELS, type TWorkflowStage } from "./stages";

export type TBoardMove =
  /** `needsInput`: open a form first (verdict and rationale, a comment). */
  | { command: TWorkflowCommandType; needsInput: boolean }
  | { command: null; reason: string };

// The drags between workflow columns that mean exactly one command. Assigning
// someone else and correcting a verdict need a menu, not a drag.
const MOVES: Partial<Record<`${TWorkflowStage}->${TWorkflowStage}`, TWorkflowCommandType>> = {
  "unassigned->researching": "take",
  "researching->unassigned": "unassign",
  "returned->unassigned": "unassign",
  "researching->ready_for_review": "propose",
  "returned->ready_for_review": "propose",
  "ready_for_review->published": "approve",
  "ready_for_review->returned": "return",
};

const NEEDS_INPUT: ReadonlySet<TWorkflowCommandType> = new Set(["assign", "propose", "return", "correct"]);

/**
 * The command a drag from column `from` to column `to` means, or why no
 * command fits. Whether this actor may issue it is commandRefusal's question.
 */
export function commandForBoardMove(from: TWorkflowStage, to: TWorkflowStage): TBoardMove {
  const command = MOVES[`${from}->${to}`];
  if (command) return { command, needsInput: NEEDS_INPUT.has(command) };
  return { command: null, reason: noMoveReason(from, to) };
}

function noMoveReason(from: TWorkflowStage, to: TWorkflowStage): string {
  if (from === to) return `The claim is already in ${STAGE_LABELS[to]}.`;
  if (from === "published") return "Published verdicts stay published. Open the claim to correct the verdict.";
  if (to === "published") return "Only a claim in Ready for review can be published, by approving it.";
  if (to === "returned") return "Only a claim in Ready for review can be returned.";
  if (from === "ready_for_review") {
    return "A claim waiting for review must be approved, or returned with a comment, before it can move elsewhere.";
  }
  if (from === "unassigned") return "Take the claim and research it before sending it to review.";
  // returned -> researching: it already is being researched.
  return "A returned claim stays in Returned until it is sent to review again.";
}
