import "server-only";
import type { TClaimView } from "../../board/types";
import type { Claim } from "../../db/generated/sqlite/client";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TRole } from "../../permissions/roles";
import { MAX_BULK_CLAIMS, type TBulkWorkflowCommand, type TBulkWorkflowInput } from "../../schemas/claim";
import { commandForBoardMove } from "../../workflow/board-moves";
import {
  applyWorkflowCommand,
  type TWorkflowActor,
  type TWorkflowCommandType,
  type TWorkflowRefusal,
  type TWorkflowResult,
} from "../../workflow/claim-workflow";
import { claimWorkflowState } from "../../workflow/claim-workflow-state";
import { STAGE_LABELS } from "../../workflow/stages";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { DataError } from "../errors";
import { toClaimView } from "../mappers";
import { findAssigneeRole } from "./find-assignee-role";
import { requireWorkflowActor } from "./require-workflow-actor";
import { writeWorkflowTransition, type TWrittenTransition } from "./write-workflow-transition";

type TBulkRefusal = { claimId: string; statement: string; code: TWorkflowRefusal["code"]; reason: string };

// Moves whose command needs words for each claim can't be done to many at once.
const NEEDS_INPUT_REASON: Partial<Record<TWorkflowCommandType, string>> = {
  propose: "Sending to review needs a verdict and a rationale for each claim: open the claim to propose its verdict.",
  return: "Returning needs a comment for each claim: open the claim to return it with a comment.",
};

function refusal(code: TWorkflowRefusal["code"], reason: string): TWorkflowRefusal {
  return { ok: false, code, reason };
}

/** What the bulk command means for one claim, as the rules judge it. */
function planStep(
  claim: Claim,
  command: TBulkWorkflowCommand,
  actor: TWorkflowActor,
  assigneeRole: TRole | null,
): { type: TWorkflowCommandType; result: TWorkflowResult } | { type: null; result: TWorkflowRefusal } {
  const state = claimWorkflowState(claim);
  if (command.type === "assign") {
    const result = applyWorkflowCommand(state, { type: "assign", assigneeId: command.assigneeId, assigneeRole: assigneeRole! }, actor);
    return { type: "assign", result };
  }
  const move = commandForBoardMove(state.stage, command.toStage);
  if (move.command === null) return { type: null, result: refusal("conflict", move.reason) };
  switch (move.command) {
    case "take":
    case "unassign":
    case "approve":
      return { type: move.command, result: applyWorkflowCommand(state, { type: move.command }, actor) };
    default:
      return {
        type: move.command,
        result: refusal("invalid", NEEDS_INPUT_REASON[move.command] ?? "This move needs details for each claim: open the claim to make it."),
      };
  }
}

const shortStatement = (statement: string) => (statement.length > 60 ? `${statement.slice(0, 59)}…` : statement);

function bulkRefusalError(refused: TBulkRefusal[], total: number, command: TBulkWorkflowCommand): DataError {
  const what = command.type === "assign" ? "assigned" : `moved to ${STAGE_LABELS[command.toStage]}`;
  const byReason = new Map<string, TBulkRefusal[]>();
  for (const item of refused) byReason.set(item.reason, [...(byReason.get(item.reason) ?? []), item]);
  const groups = [...byReason].map(
    ([reason, items]) => `${items.map((item) => `“${shortStatement(item.statement)}”`).join(", ")}: ${reason}`,
  );
  const code = refused.some((r) => r.code === "forbidden") ? "forbidden" : refused.some((r) => r.code === "conflict") ? "conflict" : "invalid";
  let summary = `${refused.length} of the ${total} claims can't be ${what}`;
  if (refused.length === total) summary = total === 1 ? `the claim can't be ${what}` : `none of the ${total} claims can be ${what}`;
  return new DataError(code, `Nothing was changed: ${summary}. ${groups.join(" ")}`, { refused });
}

/** Some claims changed since the sender saw them: 409 naming them, with each one's current record (details.current). */
function staleBulkError(stale: Claim[], total: number): DataError {
  const names = stale.map((claim) => `“${shortStatement(claim.statement)}”`).join(", ");
  let which = `${stale.length} of the ${total} chosen claims`;
  if (stale.length === total) which = total === 1 ? "the chosen claim" : `all ${total} chosen claims`;
  return new DataError(
    "conflict",
    `Nothing was changed: someone else changed ${which} since you loaded them (${names}). Review ${stale.length === 1 ? "it" : "them"} as they are now and try again.`,
    { current: stale.map(toClaimView) },
  );
}

/**
 * Assigns, or moves to another stage, many claims at once (editors). All or
 * nothing: if any claim changed since the sender saw it (input.versions), or
 * the rules refuse any claim, nothing changes and the error lists each claim
 * concerned (details.current, or details.refused with each reason).
 */
export async function applyBulkWorkflowCommand(
  db: TPrismaClient,
  actor: TActor,
  boardId: string,
  input: TBulkWorkflowInput,
): Promise<{ claims: TClaimView[] }> {
  const { claimIds, command, versions } = input;
  const board = await authorizeBoard(db, actor, boardId, "claim.assign");
  const workflowActor = requireWorkflowActor(actor, board);
  if (claimIds.length === 0) throw new DataError("invalid", "Choose at least one claim.");
  if (claimIds.length > MAX_BULK_CLAIMS) {
    throw new DataError("invalid", `Choose at most ${MAX_BULK_CLAIMS} claims at once; ${claimIds.length} were sent.`);
  }
  if (new Set(claimIds).size !== claimIds.length) throw new DataError("invalid", "A claim is listed more than once.");

  // Generous: a few queries per claim, up to 500 claims, in one transaction.
  return db.$transaction(
    async (tx) => {
      const rows = new Map((await tx.claim.findMany({ where: { boardId, id: { in: claimIds } } })).map((row) => [row.id, row]));
      const missing = claimIds.filter((id) => !rows.has(id));
      if (missing.length > 0) {
        throw new DataError(
          "not_found",
          `Nothing was changed: ${missing.length} of the chosen claims are not on this board (deleted, or from another board). Reload and choose again.`,
          { missing },
        );
      }
      // Judged on what the sender saw: a claim that changed since then is refused before the rules look at it.
      const stale = claimIds
        .map((id) => rows.get(id)!)
        .filter((row) => versions?.[row.id] !== undefined && versions[row.id] !== row.version);
      if (stale.length > 0) throw staleBulkError(stale, claimIds.length);
      const assigneeRole = command.type === "assign" ? await findAssigneeRole(tx, board.workspaceId, command.assigneeId) : null;
      const planned = claimIds.map((id) => ({ claim: rows.get(id)!, ...planStep(rows.get(id)!, command, workflowActor, assigneeRole) }));
      const refused = planned.flatMap(({ claim, result }) =>
        result.ok ? [] : [{ claimId: claim.id, statement: claim.statement, code: result.code, reason: result.reason }],
      );
      if (refused.length > 0) throw bulkRefusalError(refused, claimIds.length, command);

      const written: TWrittenTransition[] = [];
      for (const { claim, type, result } of planned) {
        if (!result.ok || type === null) continue;
        written.push(await writeWorkflowTransition(tx, actor, board, claim, { commandType: type, state: result.state, effects: result.effects }));
      }
      return { claims: written.map((item) => item.claim) };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
