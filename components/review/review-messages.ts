// What the review board says after a move, and the small helpers its handlers share.
import type { TClaimView } from "@/lib/board/types";
import { COMMAND_LABELS, type TWorkflowCommandType } from "@/lib/workflow/claim-workflow";
import type { TWorkflowCommandInput } from "@/lib/workflow/command-input";
import { STAGE_LABELS } from "@/lib/workflow/stages";

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : "Something went wrong.";
}

export function quoted(statement: string): string {
  return `“${statement.length > 70 ? `${statement.slice(0, 67).trimEnd()}…` : statement}”`;
}

/** The commands a board move runs without asking for anything first. */
export function commandWithoutInput(type: TWorkflowCommandType): TWorkflowCommandInput | null {
  if (type === "take" || type === "unassign" || type === "approve") return { type };
  return null;
}

export function doneMessage(saved: TClaimView, command: TWorkflowCommandInput, nameOf: (userId: string) => string): string {
  const claim = quoted(saved.statement);
  if (command.type === "take") return `You took ${claim}. It is now in ${STAGE_LABELS[saved.stage]}.`;
  if (command.type === "assign") return `Assigned ${claim} to ${nameOf(command.assigneeId)}.`;
  return `${COMMAND_LABELS[command.type]}: ${claim} is now in ${STAGE_LABELS[saved.stage]}.`;
}

export function isEditable(element: HTMLElement): boolean {
  return element.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(element.tagName);
}

export const setWith = (set: ReadonlySet<string>, id: string, on: boolean): ReadonlySet<string> => {
  if (set.has(id) === on) return set;
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
};
