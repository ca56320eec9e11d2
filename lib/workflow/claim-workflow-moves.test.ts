// Each workflow move's rules in detail: approving, returning, proposing, correcting, assigning, and a whole journey.
import { describe, expect, it } from "vitest";
import { allowedCommands, applyWorkflowCommand, NEW_CLAIM_WORKFLOW, WORKFLOW_COMMAND_TYPES, ZClaimWorkflowState, type TClaimWorkflowState, type TWorkflowCommand } from "./claim-workflow";
import { as, CHECKER, EDITOR, expectOk, expectRefused, ME, NEWCOMER, RATIONALE, stateAt, VALID_COMMANDS } from "./claim-workflow-fixtures";
import { WORKFLOW_STAGES } from "./stages";

describe("approving", () => {
  const proposedBy = (userId: string): TClaimWorkflowState => ({
    stage: "ready_for_review",
    assigneeId: CHECKER,
    proposal: { verdict: "misleading", rationale: RATIONALE, proposedById: userId },
    published: null,
  });

  it("refuses an editor who proposed the verdict", () => {
    const refused = expectRefused(applyWorkflowCommand(proposedBy(EDITOR), { type: "approve" }, as("editor", EDITOR)));
    expect(refused).toEqual({
      ok: false,
      code: "forbidden",
      reason: "You proposed this verdict, so another editor must approve it.",
    });
  });

  it("refuses an owner who proposed the verdict", () => {
    const refused = expectRefused(applyWorkflowCommand(proposedBy(ME), { type: "approve" }, as("owner", ME)));
    expect(refused.reason).toBe("You proposed this verdict, so another editor must approve it.");
    expect(allowedCommands(proposedBy(ME), as("owner", ME))).toEqual(["return"]);
  });

  it("refuses a checker, even one who did not propose", () => {
    const refused = expectRefused(applyWorkflowCommand(proposedBy(EDITOR), { type: "approve" }, as("checker", CHECKER)));
    expect(refused.code).toBe("forbidden");
    expect(refused.reason).toMatch(/Only editors and owners can approve/);
  });

  it("publishes the proposal's verdict and rationale, keeping the assignee", () => {
    const result = expectOk(applyWorkflowCommand(proposedBy(CHECKER), { type: "approve" }, as("editor", EDITOR)));
    expect(result.state).toEqual({
      stage: "published",
      assigneeId: CHECKER,
      proposal: null,
      published: { verdict: "misleading", rationale: RATIONALE, proposedById: CHECKER, approvedById: EDITOR },
    });
    expect(result.effects).toEqual([
      { type: "verdictPublished", verdict: "misleading", rationale: RATIONALE, proposedById: CHECKER, approvedById: EDITOR },
    ]);
  });

  it("names the stage when the claim is not in review", () => {
    const refused = expectRefused(
      applyWorkflowCommand(stateAt("researching", "outsider"), { type: "approve" }, as("editor", EDITOR)),
    );
    expect(refused).toEqual({
      ok: false,
      code: "conflict",
      reason: "Only claims in Ready for review can be approved; this one is in Researching.",
    });
  });
});

describe("returning", () => {
  const inReview = stateAt("ready_for_review", "outsider");

  it.each(["", "   \n"])("refuses a return without a comment (%j)", (comment) => {
    const refused = expectRefused(applyWorkflowCommand(inReview, { type: "return", comment }, as("editor", EDITOR)));
    expect(refused.code).toBe("invalid");
    expect(refused.reason).toBe("Write a comment saying what needs to change before returning the verdict.");
  });

  it("keeps the proposal and assignee and records the trimmed comment", () => {
    const result = expectOk(
      applyWorkflowCommand(inReview, { type: "return", comment: "  Check the 2019 base.  " }, as("editor", EDITOR)),
    );
    expect(result.state).toEqual({ ...inReview, stage: "returned" });
    expect(result.effects).toEqual([{ type: "returnedWithComment", comment: "Check the 2019 base.", returnedById: EDITOR }]);
  });

  it("lets an editor return their own proposal, since that publishes nothing", () => {
    const own = stateAt("ready_for_review", "assignee");
    expectOk(applyWorkflowCommand(own, VALID_COMMANDS.return, as("editor", ME)));
  });
});

describe("proposing", () => {
  const researching = stateAt("researching", "assignee");
  const propose = (changes: Partial<Extract<TWorkflowCommand, { type: "propose" }>>): TWorkflowCommand => ({
    type: "propose",
    verdict: "false",
    rationale: RATIONALE,
    linkedEvidenceCount: 1,
    ...changes,
  });

  it("sends the assignee's proposal to review", () => {
    const result = expectOk(applyWorkflowCommand(researching, propose({ rationale: `  ${RATIONALE} ` }), as("checker")));
    expect(result.state).toEqual({
      stage: "ready_for_review",
      assigneeId: ME,
      proposal: { verdict: "false", rationale: RATIONALE, proposedById: ME },
      published: null,
    });
    expect(result.effects).toEqual([{ type: "proposed", verdict: "false", rationale: RATIONALE, proposedById: ME }]);
  });

  it("refuses a proposal with no linked evidence", () => {
    const refused = expectRefused(applyWorkflowCommand(researching, propose({ linkedEvidenceCount: 0 }), as("checker")));
    expect(refused).toEqual({
      ok: false,
      code: "invalid",
      reason: "Link at least one piece of evidence to this claim before proposing a verdict.",
    });
  });

  it.each(["", "  \t "])("refuses a blank rationale (%j)", (rationale) => {
    const refused = expectRefused(applyWorkflowCommand(researching, propose({ rationale }), as("checker")));
    expect(refused.reason).toBe("Write a rationale saying why the evidence supports this verdict.");
  });

  it("refuses a rationale over 10,000 characters and accepts one of exactly 10,000", () => {
    const refused = expectRefused(applyWorkflowCommand(researching, propose({ rationale: "x".repeat(10_001) }), as("checker")));
    expect(refused.reason).toBe("The rationale is too long: keep it to 10,000 characters (counted as UTF-16 code units: some emoji count as 2).");
    expectOk(applyWorkflowCommand(researching, propose({ rationale: "x".repeat(10_000) }), as("checker")));
  });

  it("refuses proposing unverified", () => {
    const refused = expectRefused(applyWorkflowCommand(researching, propose({ verdict: "unverified" }), as("checker")));
    expect(refused.reason).toBe("Choose a verdict: Unverified means not checked yet, so it can't be proposed.");
  });

  it("refuses a checker proposing on a claim assigned to someone else", () => {
    const refused = expectRefused(applyWorkflowCommand(stateAt("researching", "outsider"), propose({}), as("checker")));
    expect(refused.code).toBe("forbidden");
    expect(refused.reason).toMatch(/assigned to someone else/);
  });

  it("lets an editor propose on the assignee's behalf, and then not approve it", () => {
    const proposed = expectOk(applyWorkflowCommand(stateAt("researching", "outsider"), propose({}), as("editor", EDITOR)));
    expect(proposed.state.assigneeId).toBe(CHECKER);
    expect(proposed.state.proposal?.proposedById).toBe(EDITOR);
    expectRefused(applyWorkflowCommand(proposed.state, { type: "approve" }, as("editor", EDITOR)));
    expectOk(applyWorkflowCommand(proposed.state, { type: "approve" }, as("owner", "user-owner")));
  });

  it("names the next step when the claim is unassigned", () => {
    const refused = expectRefused(applyWorkflowCommand(NEW_CLAIM_WORKFLOW, propose({}), as("checker")));
    expect(refused.reason).toBe(
      "Only claims in Researching or Returned can be sent to review; this one is in Unassigned. Take or assign the claim first.",
    );
  });
});

describe("correcting", () => {
  const published = stateAt("published", "outsider");

  it("changes the published verdict and records the correction", () => {
    const result = expectOk(
      applyWorkflowCommand(
        published,
        { type: "correct", verdict: "misleading", reason: " The 2019 figure was revised. " },
        as("editor", EDITOR),
      ),
    );
    expect(result.state).toEqual({ ...published, published: { ...published.published, verdict: "misleading" } });
    expect(result.effects).toEqual([
      {
        type: "correctionRecorded",
        fromVerdict: "false",
        toVerdict: "misleading",
        reason: "The 2019 figure was revised.",
        rationale: null,
        correctedById: EDITOR,
      },
    ]);
  });

  it("replaces the rationale when a new one is given", () => {
    const result = expectOk(
      applyWorkflowCommand(
        published,
        { type: "correct", verdict: "verified", reason: "Revised data.", rationale: "The revised series shows a rise." },
        as("owner"),
      ),
    );
    expect(result.state.published?.rationale).toBe("The revised series shows a rise.");
    expect(result.effects[0]).toMatchObject({ rationale: "The revised series shows a rise." });
  });

  it.each(["", "   "])("refuses a correction without a reason (%j)", (reason) => {
    const refused = expectRefused(
      applyWorkflowCommand(published, { type: "correct", verdict: "misleading", reason }, as("editor")),
    );
    expect(refused.reason).toBe("Give a reason for the correction: readers see it in the correction note.");
  });

  it("refuses a correction to the verdict already published", () => {
    const refused = expectRefused(
      applyWorkflowCommand(published, { type: "correct", verdict: "false", reason: "Re-checked." }, as("editor")),
    );
    expect(refused.reason).toBe("The published verdict is already False. Choose a different verdict to correct it.");
  });

  it("refuses a correction to unverified", () => {
    const refused = expectRefused(
      applyWorkflowCommand(published, { type: "correct", verdict: "unverified", reason: "Unsure now." }, as("editor")),
    );
    expect(refused.code).toBe("invalid");
  });

  it("refuses a blank replacement rationale", () => {
    const refused = expectRefused(
      applyWorkflowCommand(published, { type: "correct", verdict: "verified", reason: "Revised.", rationale: " " }, as("editor")),
    );
    expect(refused.reason).toBe("Write the new rationale, or leave it out to keep the published one.");
  });

  it("refuses a checker", () => {
    expect(expectRefused(applyWorkflowCommand(published, VALID_COMMANDS.correct, as("checker"))).code).toBe("forbidden");
  });
});

describe("assigning", () => {
  it("refuses a checker assigning someone else, and points them at taking", () => {
    const refused = expectRefused(applyWorkflowCommand(NEW_CLAIM_WORKFLOW, VALID_COMMANDS.assign, as("checker")));
    expect(refused).toEqual({
      ok: false,
      code: "forbidden",
      reason: "Only editors and owners can assign claims. You can take an unassigned claim yourself.",
    });
  });

  it("refuses assigning a viewer", () => {
    const refused = expectRefused(
      applyWorkflowCommand(
        NEW_CLAIM_WORKFLOW,
        { type: "assign", assigneeId: NEWCOMER, assigneeRole: "viewer" },
        as("editor"),
      ),
    );
    expect(refused.code).toBe("invalid");
    expect(refused.reason).toMatch(/^Viewers can't be assigned claims/);
  });

  it("refuses assigning the current assignee again", () => {
    const refused = expectRefused(
      applyWorkflowCommand(
        stateAt("researching", "outsider"),
        { type: "assign", assigneeId: CHECKER, assigneeRole: "checker" },
        as("editor"),
      ),
    );
    expect(refused.reason).toBe("This claim is already assigned to that person.");
  });

  it("lets an editor assign themself, recording the previous assignee", () => {
    const result = expectOk(
      applyWorkflowCommand(
        stateAt("researching", "outsider"),
        { type: "assign", assigneeId: EDITOR, assigneeRole: "editor" },
        as("editor", EDITOR),
      ),
    );
    expect(result.state.assigneeId).toBe(EDITOR);
    expect(result.effects).toEqual([{ type: "assigned", assigneeId: EDITOR, previousAssigneeId: CHECKER }]);
  });

  it("keeps a returned claim returned, with its proposal, when reassigning it", () => {
    const returned = stateAt("returned", "outsider");
    const result = expectOk(applyWorkflowCommand(returned, VALID_COMMANDS.assign, as("editor")));
    expect(result.state).toEqual({ ...returned, assigneeId: NEWCOMER });
  });

  it("clears the assignee and any returned proposal when unassigning", () => {
    const result = expectOk(applyWorkflowCommand(stateAt("returned", "outsider"), { type: "unassign" }, as("editor")));
    expect(result.state).toEqual(NEW_CLAIM_WORKFLOW);
    expect(result.effects).toEqual([{ type: "unassigned", previousAssigneeId: CHECKER }]);
  });

  it("lets a checker take an unassigned claim, and not one already taken", () => {
    const taken = expectOk(applyWorkflowCommand(NEW_CLAIM_WORKFLOW, { type: "take" }, as("checker")));
    expect(taken.state).toEqual({ stage: "researching", assigneeId: ME, proposal: null, published: null });
    expect(taken.effects).toEqual([{ type: "assigned", assigneeId: ME, previousAssigneeId: null }]);
    const refused = expectRefused(applyWorkflowCommand(taken.state, { type: "take" }, as("checker", CHECKER)));
    expect(refused.reason).toBe(
      "Only claims in Unassigned can be taken; this one is in Researching. It is already assigned; ask an editor to reassign it.",
    );
  });
});

describe("viewers", () => {
  it("can do nothing at any stage", () => {
    for (const stage of WORKFLOW_STAGES) {
      for (const type of WORKFLOW_COMMAND_TYPES) {
        const refused = expectRefused(applyWorkflowCommand(stateAt(stage, "assignee"), VALID_COMMANDS[type], as("viewer")));
        expect(refused.code).toBe("forbidden");
        expect(refused.reason).toMatch(/^Viewers can read the board but not move claims/);
      }
    }
  });
});

describe("a claim's whole journey", () => {
  it("re-proposes after a return, then publishes and corrects", () => {
    const checker = as("checker", CHECKER);
    const editor = as("editor", EDITOR);
    let state = expectOk(applyWorkflowCommand(NEW_CLAIM_WORKFLOW, { type: "take" }, checker)).state;
    state = expectOk(applyWorkflowCommand(state, VALID_COMMANDS.propose, checker)).state;
    state = expectOk(applyWorkflowCommand(state, VALID_COMMANDS.return, editor)).state;
    expect(state.stage).toBe("returned");
    expect(allowedCommands(state, checker)).toEqual(["propose"]);

    const reproposed = expectOk(
      applyWorkflowCommand(
        state,
        { type: "propose", verdict: "false", rationale: "Two sources now agree.", linkedEvidenceCount: 3 },
        checker,
      ),
    );
    expect(reproposed.state.proposal).toEqual({ verdict: "false", rationale: "Two sources now agree.", proposedById: CHECKER });

    const published = expectOk(applyWorkflowCommand(reproposed.state, { type: "approve" }, editor));
    expect(published.state.published?.verdict).toBe("false");

    const corrected = expectOk(applyWorkflowCommand(published.state, VALID_COMMANDS.correct, editor));
    expect(corrected.state.stage).toBe("published");
    expect(corrected.state.published?.verdict).toBe("misleading");
    expect(corrected.state.published?.approvedById).toBe(EDITOR);
  });
});

describe("ZClaimWorkflowState", () => {
  it("accepts every state the fixtures build", () => {
    for (const stage of WORKFLOW_STAGES) {
      for (const relation of ["outsider", "assignee"] as const) {
        expect(ZClaimWorkflowState.safeParse(stateAt(stage, relation)).success).toBe(true);
      }
    }
  });

  it("refuses states the rules never produce", () => {
    const impossible = [
      { stage: "ready_for_review", assigneeId: CHECKER, proposal: null, published: null },
      { stage: "researching", assigneeId: null, proposal: null, published: null },
      { stage: "unassigned", assigneeId: CHECKER, proposal: null, published: null },
      { stage: "published", assigneeId: CHECKER, proposal: null, published: null },
      {
        stage: "ready_for_review",
        assigneeId: CHECKER,
        proposal: { verdict: "unverified", rationale: RATIONALE, proposedById: CHECKER },
        published: null,
      },
    ];
    for (const state of impossible) expect(ZClaimWorkflowState.safeParse(state).success).toBe(false);
  });
});
