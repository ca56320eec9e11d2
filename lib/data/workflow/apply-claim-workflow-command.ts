import "server-only";
import type { TAction } from "../../permissions/roles";
import type { TClaimView, TCorrectionView } from "../../board/types";
import type { TPrismaClient, TDbClient } from "../../db/prisma-client";
import type { TClaimWorkflowInput } from "../../schemas/claim";
import { applyWorkflowCommand, type TWorkflowCommand, type TWorkflowCommandType } from "../../workflow/claim-workflow";
import { claimWorkflowState } from "../../workflow/claim-workflow-state";
import type { TWorkflowCommandInput } from "../../workflow/command-input";
import type { TActor } from "../actor";
import { authorizeBoard, type TAuthorizedBoard } from "../authorize-board";
import { findBoardClaim } from "../claims/find-board-claim";
import { DataError } from "../errors";
import { toClaimView, toCorrectionView } from "../mappers";
import { findAssigneeRole } from "./find-assignee-role";
import { requireWorkflowActor } from "./require-workflow-actor";
import { staleClaimError, writeWorkflowTransition } from "./write-workflow-transition";

export const WORKFLOW_COMMAND_ACTIONS: Record<TWorkflowCommandType, TAction> = {
  take: "claim.take",
  propose: "claim.propose",
  assign: "claim.assign",
  unassign: "claim.assign",
  approve: "claim.review",
  return: "claim.review",
  correct: "claim.correct",
};

export type TClaimWorkflowResult = { claim: TClaimView; corrections?: TCorrectionView[] };

/** Adds the facts only the server knows: the assignee's role and how much evidence is linked. */
async function completeCommand(
  tx: TDbClient,
  board: TAuthorizedBoard,
  claimId: string,
  input: TWorkflowCommandInput,
): Promise<TWorkflowCommand> {
  switch (input.type) {
    case "assign":
      return { ...input, assigneeRole: await findAssigneeRole(tx, board.workspaceId, input.assigneeId) };
    case "propose":
      // Lock the claim's row before counting, as link removals do (ensureClaimsKeepEvidence), so a
      // removal of its last link and this proposal can't both pass on PostgreSQL.
      await tx.$executeRaw`UPDATE "Claim" SET "stage" = "stage" WHERE "id" = ${claimId}`;
      return { ...input, linkedEvidenceCount: await tx.evidenceLink.count({ where: { claimId } }) };
    default:
      return input;
  }
}

/**
 * Moves one claim through the team workflow (take, assign, propose, approve,
 * return, correct). A refusal by the rules is a DataError with the rules'
 * reason; nothing is written unless the whole step succeeds.
 */
export async function applyClaimWorkflowCommand(
  db: TPrismaClient,
  actor: TActor,
  boardId: string,
  claimId: string,
  input: TClaimWorkflowInput,
): Promise<TClaimWorkflowResult> {
  const { version, ...commandInput } = input;
  const board = await authorizeBoard(db, actor, boardId, WORKFLOW_COMMAND_ACTIONS[commandInput.type]);
  const workflowActor = requireWorkflowActor(actor, board);
  return db.$transaction(async (tx) => {
    const before = await findBoardClaim(tx, boardId, claimId);
    if (version !== undefined && version !== before.version) throw staleClaimError(toClaimView(before));
    const command = await completeCommand(tx, board, claimId, commandInput);
    const result = applyWorkflowCommand(claimWorkflowState(before), command, workflowActor);
    if (!result.ok) {
      throw new DataError(result.code, result.reason, result.code === "conflict" ? { current: toClaimView(before) } : undefined);
    }
    const written = await writeWorkflowTransition(tx, actor, board, before, { commandType: command.type, ...result });
    if (!written.correction) return { claim: written.claim };
    const corrections = await tx.correction.findMany({ where: { claimId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    return { claim: written.claim, corrections: corrections.map(toCorrectionView) };
  });
}
