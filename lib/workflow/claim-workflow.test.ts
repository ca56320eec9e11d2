// The workflow's permission table, written out by hand and checked cell by cell.
import { describe, expect, it } from "vitest";
import { ROLES, type TRole } from "../permissions/roles";
import { allowedCommands, applyWorkflowCommand, commandRefusal, WORKFLOW_COMMAND_TYPES, ZClaimWorkflowState, type TWorkflowCommandType } from "./claim-workflow";
import { as, expectOk, expectRefused, stateAt, VALID_COMMANDS, type TRelation } from "./claim-workflow-fixtures";
import { STAGE_LABELS, WORKFLOW_STAGES, type TWorkflowStage } from "./stages";

// roles allowed as V(iewer) C(hecker) E(ditor) O(wner), "-" where refused.
const COLUMNS = ["assign", "unassign", "take", "propose", "approve", "return", "correct"] as const;
const ROLE_ORDER = ["viewer", "checker", "editor", "owner"] as const;

const ALLOWED_FOR_OUTSIDER: Record<TWorkflowStage, readonly string[]> = {
  //                assign  unassign take    propose approve return  correct
  unassigned:       ["--EO", "----", "-CEO", "----", "----", "----", "----"],
  researching:      ["--EO", "--EO", "----", "--EO", "----", "----", "----"],
  ready_for_review: ["----", "----", "----", "----", "--EO", "--EO", "----"],
  returned:         ["--EO", "--EO", "----", "--EO", "----", "----", "----"],
  published:        ["----", "----", "----", "----", "----", "----", "--EO"],
};

// The actor is the claim's assignee and, where there is a proposal, its proposer.
// An unassigned claim has no assignee, so it has no row here.
const ALLOWED_FOR_ASSIGNEE: Record<Exclude<TWorkflowStage, "unassigned">, readonly string[]> = {
  //                assign  unassign take    propose approve return  correct
  researching:      ["--EO", "--EO", "----", "-CEO", "----", "----", "----"],
  ready_for_review: ["----", "----", "----", "----", "----", "--EO", "----"],
  returned:         ["--EO", "--EO", "----", "-CEO", "----", "----", "----"],
  published:        ["----", "----", "----", "----", "----", "----", "--EO"],
};

// Where each allowed command leaves the claim.
const NEXT_STAGE: Record<TWorkflowCommandType, Partial<Record<TWorkflowStage, TWorkflowStage>>> = {
  assign: { unassigned: "researching", researching: "researching", returned: "returned" },
  unassign: { researching: "unassigned", returned: "unassigned" },
  take: { unassigned: "researching" },
  propose: { researching: "ready_for_review", returned: "ready_for_review" },
  approve: { ready_for_review: "published" },
  return: { ready_for_review: "returned" },
  correct: { published: "published" },
};

type TCase = {
  relation: TRelation;
  stage: TWorkflowStage;
  command: TWorkflowCommandType;
  role: TRole;
  allowed: boolean;
};

function casesFrom(relation: TRelation, table: Partial<Record<TWorkflowStage, readonly string[]>>): TCase[] {
  return Object.entries(table).flatMap(([stage, cells]) =>
    COLUMNS.flatMap((command, column) =>
      ROLE_ORDER.map((role, index) => ({
        relation,
        stage: stage as TWorkflowStage,
        command,
        role,
        allowed: cells[column]?.[index] !== "-",
      })),
    ),
  );
}

const CASES = [...casesFrom("outsider", ALLOWED_FOR_OUTSIDER), ...casesFrom("assignee", ALLOWED_FOR_ASSIGNEE)];

describe("the expected-allowed table", () => {
  it("covers every stage, command and role for both relations", () => {
    expect(COLUMNS).toEqual(WORKFLOW_COMMAND_TYPES);
    expect(ROLE_ORDER.toSorted()).toEqual([...ROLES].sort());
    expect(CASES).toHaveLength(WORKFLOW_STAGES.length * 7 * 4 + (WORKFLOW_STAGES.length - 1) * 7 * 4);
    for (const cells of [...Object.values(ALLOWED_FOR_OUTSIDER), ...Object.values(ALLOWED_FOR_ASSIGNEE)]) {
      expect(cells).toHaveLength(COLUMNS.length);
      for (const cell of cells) expect(cell).toMatch(/^[V-][C-][E-][O-]$/);
    }
  });
});

describe("applyWorkflowCommand: every stage × command × role", () => {
  it.each(CASES)(
    "$relation · $stage · $command · $role → allowed: $allowed",
    ({ relation, stage, command, role, allowed }) => {
      const state = stateAt(stage, relation);
      const before = structuredClone(state);
      const result = applyWorkflowCommand(state, VALID_COMMANDS[command], as(role));
      expect(state).toEqual(before);
      if (allowed) {
        const { state: next } = expectOk(result);
        expect(next.stage).toBe(NEXT_STAGE[command][stage]);
        expect(ZClaimWorkflowState.safeParse(next).success).toBe(true);
      } else {
        const refused = expectRefused(result);
        expect(refused.reason.length).toBeGreaterThan(20);
        if (refused.code === "conflict") expect(refused.reason).toContain(`this one is in ${STAGE_LABELS[stage]}`);
      }
    },
  );
});

describe("allowedCommands", () => {
  const situations = [
    ...WORKFLOW_STAGES.flatMap((stage) => ROLES.map((role) => ({ relation: "outsider" as const, stage, role }))),
    ...WORKFLOW_STAGES.filter((stage) => stage !== "unassigned").flatMap((stage) =>
      ROLES.map((role) => ({ relation: "assignee" as const, stage, role })),
    ),
  ];

  it.each(situations)(
    "agrees with applyWorkflowCommand: $relation · $stage · $role",
    ({ relation, stage, role }) => {
      const state = stateAt(stage, relation);
      const actor = as(role);
      const applied = WORKFLOW_COMMAND_TYPES.filter(
        (type) => applyWorkflowCommand(state, VALID_COMMANDS[type], actor).ok,
      );
      expect(allowedCommands(state, actor)).toEqual(applied);
      for (const type of WORKFLOW_COMMAND_TYPES) {
        const refusal = commandRefusal(state, type, actor);
        if (refusal) expect(applyWorkflowCommand(state, VALID_COMMANDS[type], actor)).toEqual(refusal);
      }
    },
  );

  it("offers nothing to a viewer at any stage", () => {
    for (const stage of WORKFLOW_STAGES) expect(allowedCommands(stateAt(stage, "assignee"), as("viewer"))).toEqual([]);
  });
});
