import { describe, expect, it } from "vitest";
import { testClaim } from "../testing/test-board";
import { applyWorkflowCommand, NEW_CLAIM_WORKFLOW, type TClaimWorkflowState } from "./claim-workflow";
import {
  claimWorkflowColumns,
  claimWorkflowState,
  ImpossibleWorkflowStateError,
  type TClaimWorkflowColumns,
} from "./claim-workflow-state";

const PROPOSAL = { verdict: "disputed" as const, rationale: "Two officials deny it.", proposedById: "checker" };

const STATES: TClaimWorkflowState[] = [
  NEW_CLAIM_WORKFLOW,
  { stage: "researching", assigneeId: "checker", proposal: null, published: null },
  { stage: "ready_for_review", assigneeId: "checker", proposal: PROPOSAL, published: null },
  { stage: "returned", assigneeId: "checker", proposal: PROPOSAL, published: null },
  { stage: "published", assigneeId: "checker", proposal: null, published: { ...PROPOSAL, approvedById: "editor" } },
  { stage: "published", assigneeId: null, proposal: null, published: { ...PROPOSAL, approvedById: "editor" } },
];

/** A claim's columns as stored, starting from a fresh claim's. */
const columns = (overrides: Partial<TClaimWorkflowColumns>): TClaimWorkflowColumns => ({ ...testClaim("c1"), ...overrides });

describe("claimWorkflowState and claimWorkflowColumns", () => {
  it.each(STATES.map((state) => [state.stage, state]))("round-trips a %s claim through its columns", (_, state) => {
    const stored = columns(claimWorkflowColumns(state));
    expect(claimWorkflowState(stored)).toEqual(state);
  });

  it("reads a fresh claim, and a seeded one whose verdict predates the workflow, as unassigned", () => {
    expect(claimWorkflowState(testClaim("c1"))).toEqual(NEW_CLAIM_WORKFLOW);
    const seeded = { ...testClaim("c3"), verdict: "opinion" as const, checkable: false };
    expect(claimWorkflowState(seeded)).toEqual(NEW_CLAIM_WORKFLOW);
  });

  it("writes the verdict columns only when publishing, so an unpublished stage keeps what is stored there", () => {
    expect(claimWorkflowColumns(STATES[2]!)).not.toHaveProperty("verdict");
    expect(claimWorkflowColumns(STATES[4]!)).toMatchObject({
      verdict: "disputed",
      verdictRationale: PROPOSAL.rationale,
      proposedVerdict: null,
      proposedById: "checker",
      approvedById: "editor",
    });
  });

  it("clears the proposal and approver columns when a claim goes back to unassigned", () => {
    expect(claimWorkflowColumns(NEW_CLAIM_WORKFLOW)).toEqual({
      stage: "unassigned",
      assigneeId: null,
      proposedVerdict: null,
      proposedRationale: null,
      proposedById: null,
      approvedById: null,
    });
  });

  it("stores every state the machine produces along the happy path", () => {
    let state = NEW_CLAIM_WORKFLOW;
    const steps = [
      [{ type: "take" }, { userId: "checker", role: "checker" }],
      [{ type: "propose", verdict: "false", rationale: "It says so.", linkedEvidenceCount: 1 }, { userId: "checker", role: "checker" }],
      [{ type: "return", comment: "Second source?" }, { userId: "editor", role: "editor" }],
      [{ type: "propose", verdict: "disputed", rationale: "Sources differ.", linkedEvidenceCount: 2 }, { userId: "checker", role: "checker" }],
      [{ type: "approve" }, { userId: "editor", role: "editor" }],
      [{ type: "correct", verdict: "misleading", reason: "New record." }, { userId: "editor", role: "editor" }],
    ] as const;
    for (const [command, actor] of steps) {
      const result = applyWorkflowCommand(state, command, actor);
      if (!result.ok) throw new Error(result.reason);
      state = claimWorkflowState(columns(claimWorkflowColumns(result.state)));
      expect(state).toEqual(result.state);
    }
    expect(state).toMatchObject({ stage: "published", published: { verdict: "misleading", approvedById: "editor" } });
  });

  it.each([
    ["research with no assignee", { stage: "researching" }, /researching with assigneeId/],
    ["an assignee on an unassigned claim", { stage: "unassigned", assigneeId: "checker" }, /unassigned with assigneeId/],
    ["review with no proposal", { stage: "ready_for_review", assigneeId: "checker" }, /ready_for_review with proposal/],
    [
      "a proposal with no proposer",
      { stage: "returned", assigneeId: "checker", proposedVerdict: "false", proposedRationale: "x" },
      /proposal.proposedById/,
    ],
    ["a proposal left on an unassigned claim", { proposedVerdict: "false", proposedRationale: "x", proposedById: "c" }, /has a proposal/],
    [
      "an approver on a claim in review",
      { stage: "ready_for_review", assigneeId: "c", proposedVerdict: "false", proposedRationale: "x", proposedById: "c", approvedById: "e" },
      /has an approver/,
    ],
    ["a published claim with no approver", { stage: "published", verdict: "false", verdictRationale: "x", proposedById: "c" }, /published.approvedById/],
    [
      "a published Unverified",
      { stage: "published", verdict: "unverified", verdictRationale: "x", proposedById: "c", approvedById: "e" },
      /published.verdict/,
    ],
    [
      "a published verdict with no rationale",
      { stage: "published", verdict: "false", verdictRationale: "", proposedById: "c", approvedById: "e" },
      /published.rationale/,
    ],
    [
      "a pending proposal on a published claim",
      { stage: "published", verdict: "false", verdictRationale: "x", proposedById: "c", approvedById: "e", proposedVerdict: "false" },
      /still has a pending proposal/,
    ],
    ["an unknown stage", { stage: "archived" }, /unknown stage "archived"/],
  ] as const)("fails loudly on %s", (_, overrides, problem) => {
    const read = () => claimWorkflowState(columns(overrides));
    expect(read).toThrow(ImpossibleWorkflowStateError);
    expect(read).toThrow(problem);
    expect(read).toThrow(/Claim c1 is in a workflow state the rules never produce/);
  });
});
