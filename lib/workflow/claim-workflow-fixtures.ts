// Shared by the claim-workflow unit tests: actors, claims at each stage, and a valid command of each type.
import type { TRole } from "../permissions/roles";
import {
  NEW_CLAIM_WORKFLOW,
  type TClaimWorkflowState,
  type TWorkflowActor,
  type TWorkflowCommand,
  type TWorkflowCommandType,
  type TWorkflowResult,
} from "./claim-workflow";
import type { TWorkflowStage } from "./stages";

export const ME = "user-me";
export const CHECKER = "user-checker";
export const EDITOR = "user-editor";
export const NEWCOMER = "user-newcomer";

export const RATIONALE = "The ONS series shows the rate fell, not rose.";

/** The actor's relation to the claim: a stranger to it, or its assignee and proposer. */
export type TRelation = "outsider" | "assignee";

export function stateAt(stage: TWorkflowStage, relation: TRelation): TClaimWorkflowState {
  const assigneeId = relation === "assignee" ? ME : CHECKER;
  const proposal = { verdict: "false" as const, rationale: RATIONALE, proposedById: assigneeId };
  switch (stage) {
    case "unassigned":
      return NEW_CLAIM_WORKFLOW;
    case "researching":
      return { stage, assigneeId, proposal: null, published: null };
    case "ready_for_review":
    case "returned":
      return { stage, assigneeId, proposal, published: null };
    case "published":
      return { stage, assigneeId, proposal: null, published: { ...proposal, approvedById: EDITOR } };
  }
}

export const VALID_COMMANDS: Record<TWorkflowCommandType, TWorkflowCommand> = {
  assign: { type: "assign", assigneeId: NEWCOMER, assigneeRole: "checker" },
  unassign: { type: "unassign" },
  take: { type: "take" },
  propose: { type: "propose", verdict: "misleading", rationale: RATIONALE, linkedEvidenceCount: 2 },
  approve: { type: "approve" },
  return: { type: "return", comment: "Needs a second source for the 2019 figure." },
  correct: { type: "correct", verdict: "misleading", reason: "The 2019 figure was revised." },
};

export const as = (role: TRole, userId = ME): TWorkflowActor => ({ userId, role });

export function expectOk(result: TWorkflowResult) {
  if (!result.ok) throw new Error(`expected the command to be allowed, got: ${result.reason}`);
  return result;
}

export function expectRefused(result: TWorkflowResult) {
  if (result.ok) throw new Error("expected the command to be refused");
  return result;
}

// The expected rules, written out by hand. Columns are commands in the order
