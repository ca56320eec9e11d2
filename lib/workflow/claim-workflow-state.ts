import type { TVerdict } from "../schemas/vocabulary";
import { ZClaimWorkflowState, type TClaimWorkflowState } from "./claim-workflow";
import type { TWorkflowStage } from "./stages";

// Between the claim's stored columns (or its TClaimView) and the workflow
// machine's state. The machine's state has one shape per stage, so columns
// that contradict their stage are a bug to report, not something to guess at.

/** The claim columns the workflow reads. Both a database row and a TClaimView have them. */
export type TClaimWorkflowColumns = {
  id?: string;
  stage: string;
  assigneeId: string | null;
  verdict: string;
  verdictRationale: string;
  proposedVerdict: string | null;
  proposedRationale: string | null;
  proposedById: string | null;
  approvedById: string | null;
};

/** What to write for a state. The verdict columns hold the published verdict, so they are written only when published. */
export type TClaimWorkflowWrite = {
  stage: TWorkflowStage;
  assigneeId: string | null;
  proposedVerdict: TVerdict | null;
  proposedRationale: string | null;
  proposedById: string | null;
  approvedById: string | null;
  verdict?: TVerdict;
  verdictRationale?: string;
};

export class ImpossibleWorkflowStateError extends Error {
  constructor(claimId: string | undefined, problem: string) {
    super(`Claim ${claimId ?? "(unsaved)"} is in a workflow state the rules never produce: ${problem}`);
    this.name = "ImpossibleWorkflowStateError";
  }
}

/**
 * The workflow state of a stored claim. Throws ImpossibleWorkflowStateError
 * for columns no sequence of commands produces (research with no assignee, a
 * proposal left on an unassigned claim, an approver on an unpublished one).
 */
export function claimWorkflowState(claim: TClaimWorkflowColumns): TClaimWorkflowState {
  const fail = (problem: string): never => {
    throw new ImpossibleWorkflowStateError(claim.id, problem);
  };
  const hasProposal = claim.proposedVerdict !== null || claim.proposedRationale !== null;
  const proposal = hasProposal
    ? { verdict: claim.proposedVerdict, rationale: claim.proposedRationale, proposedById: claim.proposedById }
    : null;
  let candidate: unknown;
  switch (claim.stage) {
    case "unassigned":
    case "researching":
      if (hasProposal || claim.proposedById !== null) fail(`a ${claim.stage} claim has a proposal`);
      if (claim.approvedById !== null) fail(`a ${claim.stage} claim has an approver`);
      candidate = { stage: claim.stage, assigneeId: claim.assigneeId, proposal: null, published: null };
      break;
    case "ready_for_review":
    case "returned":
      if (claim.approvedById !== null) fail(`a claim in ${claim.stage} has an approver`);
      candidate = { stage: claim.stage, assigneeId: claim.assigneeId, proposal, published: null };
      break;
    case "published":
      if (hasProposal) fail("a published claim still has a pending proposal");
      candidate = {
        stage: claim.stage,
        assigneeId: claim.assigneeId,
        proposal: null,
        published: {
          verdict: claim.verdict,
          rationale: claim.verdictRationale,
          proposedById: claim.proposedById,
          approvedById: claim.approvedById,
        },
      };
      break;
    default:
      fail(`unknown stage "${claim.stage}"`);
  }
  const parsed = ZClaimWorkflowState.safeParse(candidate);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => `${issue.path.join(".") || "state"}: ${issue.message}`);
  throw new ImpossibleWorkflowStateError(claim.id, `${claim.stage} with ${issues.join("; ")}`);
}

/** The column values that store `state`. */
export function claimWorkflowColumns(state: TClaimWorkflowState): TClaimWorkflowWrite {
  switch (state.stage) {
    case "unassigned":
    case "researching":
      return {
        stage: state.stage,
        assigneeId: state.assigneeId,
        proposedVerdict: null,
        proposedRationale: null,
        proposedById: null,
        approvedById: null,
      };
    case "ready_for_review":
    case "returned":
      return {
        stage: state.stage,
        assigneeId: state.assigneeId,
        proposedVerdict: state.proposal.verdict,
        proposedRationale: state.proposal.rationale,
        proposedById: state.proposal.proposedById,
        approvedById: null,
      };
    case "published":
      return {
        stage: state.stage,
        assigneeId: state.assigneeId,
        proposedVerdict: null,
        proposedRationale: null,
        proposedById: state.published.proposedById,
        approvedById: state.published.approvedById,
        verdict: state.published.verdict,
        verdictRationale: state.published.rationale,
      };
  }
}
