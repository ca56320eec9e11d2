import { describe, expect, it } from "vitest";
import { commandForBoardMove } from "./board-moves";
import type { TWorkflowCommandType } from "./claim-workflow";
import { STAGE_LABELS, WORKFLOW_STAGES, type TWorkflowStage } from "./stages";

// Every drag between columns, written out: the command it means, or null.
const EXPECTED: Record<TWorkflowStage, Record<TWorkflowStage, TWorkflowCommandType | null>> = {
  unassigned: { unassigned: null, researching: "take", ready_for_review: null, returned: null, published: null },
  researching: { unassigned: "unassign", researching: null, ready_for_review: "propose", returned: null, published: null },
  ready_for_review: { unassigned: null, researching: null, ready_for_review: null, returned: "return", published: "approve" },
  returned: { unassigned: "unassign", researching: null, ready_for_review: "propose", returned: null, published: null },
  published: { unassigned: null, researching: null, ready_for_review: null, returned: null, published: null },
};

const MOVES = WORKFLOW_STAGES.flatMap((from) => WORKFLOW_STAGES.map((to) => ({ from, to, command: EXPECTED[from][to] })));

describe("commandForBoardMove", () => {
  it.each(MOVES)("$from → $to means $command", ({ from, to, command }) => {
    const move = commandForBoardMove(from, to);
    expect(move.command).toBe(command);
    if (move.command === null) expect(move.reason.length).toBeGreaterThan(20);
  });

  it("asks for a form before proposing or returning, not before taking, unassigning or approving", () => {
    expect(commandForBoardMove("researching", "ready_for_review")).toEqual({ command: "propose", needsInput: true });
    expect(commandForBoardMove("ready_for_review", "returned")).toEqual({ command: "return", needsInput: true });
    expect(commandForBoardMove("unassigned", "researching")).toEqual({ command: "take", needsInput: false });
    expect(commandForBoardMove("researching", "unassigned")).toEqual({ command: "unassign", needsInput: false });
    expect(commandForBoardMove("ready_for_review", "published")).toEqual({ command: "approve", needsInput: false });
  });

  it("explains the moves no command fits", () => {
    expect(commandForBoardMove("returned", "returned")).toEqual({
      command: null,
      reason: `The claim is already in ${STAGE_LABELS.returned}.`,
    });
    expect(commandForBoardMove("published", "researching")).toEqual({
      command: null,
      reason: "Published verdicts stay published. Open the claim to correct the verdict.",
    });
    expect(commandForBoardMove("researching", "published")).toEqual({
      command: null,
      reason: "Only a claim in Ready for review can be published, by approving it.",
    });
  });
});
