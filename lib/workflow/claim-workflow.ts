import { z } from "zod";
import type { TRole } from "../permissions/roles";
import { LENGTH_UNIT, LIMITS, ZId } from "../schemas/fields";
import { VERDICTS, ZVerdict, type TVerdict } from "../schemas/vocabulary";
import { VERDICT_SCALE } from "../verdicts/verdict-scale";
import { STAGE_LABELS, type TWorkflowStage } from "./stages";
import { formatCount } from "../display/format-count";

// The team fact-check workflow as a pure state machine: who may move a claim
// from which stage, and what the data layer must write when they do.

// "unverified" means not checked yet, so it can never be a finding.
export const ZPublishableVerdict = ZVerdict.exclude(["unverified"], {
  error: `verdict must be one of: ${VERDICTS.filter((verdict) => verdict !== "unverified").join(", ")} (unverified means not checked yet)`,
});
export const PUBLISHABLE_VERDICTS = ZPublishableVerdict.options;
export type TPublishableVerdict = z.infer<typeof ZPublishableVerdict>;

const ZWorkflowText = z.string().min(1).max(LIMITS.longText);

export const ZVerdictProposal = z.object({
  verdict: ZPublishableVerdict,
  rationale: ZWorkflowText,
  proposedById: ZId,
});
export type TVerdictProposal = z.infer<typeof ZVerdictProposal>;

export const ZPublishedVerdict = z.object({
  verdict: ZPublishableVerdict,
  rationale: ZWorkflowText,
  proposedById: ZId,
  approvedById: ZId,
});
export type TPublishedVerdict = z.infer<typeof ZPublishedVerdict>;

// One shape per stage, so states the rules never produce (a review with no
// proposal, research with no assignee) can't be built or read back.
export const ZClaimWorkflowState = z.discriminatedUnion("stage", [
  z.object({ stage: z.literal("unassigned"), assigneeId: z.null(), proposal: z.null(), published: z.null() }),
  z.object({ stage: z.literal("researching"), assigneeId: ZId, proposal: z.null(), published: z.null() }),
  z.object({ stage: z.literal("ready_for_review"), assigneeId: ZId, proposal: ZVerdictProposal, published: z.null() }),
  // The returned proposal stays for the checker to rework.
  z.object({ stage: z.literal("returned"), assigneeId: ZId, proposal: ZVerdictProposal, published: z.null() }),
  // The assignee stays as a record of who researched it.
  z.object({ stage: z.literal("published"), assigneeId: ZId.nullable(), proposal: z.null(), published: ZPublishedVerdict }),
]);
export type TClaimWorkflowState = z.infer<typeof ZClaimWorkflowState>;
type TStateAt<S extends TWorkflowStage> = Extract<TClaimWorkflowState, { stage: S }>;

export const NEW_CLAIM_WORKFLOW: TClaimWorkflowState = {
  stage: "unassigned",
  assigneeId: null,
  proposal: null,
  published: null,
};

export type TWorkflowActor = { userId: string; role: TRole };

/**
 * What the machine is asked to do. Facts the client must not supply
 * (the assignee's role, how much evidence is linked) are filled in by the
 * data layer; clients send a TWorkflowCommandInput.
 */
export type TWorkflowCommand =
  | { type: "assign"; assigneeId: string; assigneeRole: TRole }
  | { type: "unassign" }
  | { type: "take" }
  | { type: "propose"; verdict: TVerdict; rationale: string; linkedEvidenceCount: number }
  | { type: "approve" }
  | { type: "return"; comment: string }
  /** `rationale` replaces the published one; leave it out to keep it. */
  | { type: "correct"; verdict: TVerdict; reason: string; rationale?: string };
export type TWorkflowCommandType = TWorkflowCommand["type"];

export const WORKFLOW_COMMAND_TYPES = [
  "assign",
  "unassign",
  "take",
  "propose",
  "approve",
  "return",
  "correct",
] as const satisfies readonly TWorkflowCommandType[];

export const COMMAND_LABELS: Record<TWorkflowCommandType, string> = {
  assign: "Assign",
  unassign: "Unassign",
  take: "Take",
  propose: "Send to review",
  approve: "Approve and publish",
  return: "Return",
  correct: "Correct verdict",
};

/** What the data layer must write besides the new state: activity log, claim verdict, correction note. */
export type TWorkflowEffect =
  | { type: "assigned"; assigneeId: string; previousAssigneeId: string | null }
  | { type: "unassigned"; previousAssigneeId: string }
  | { type: "proposed"; verdict: TPublishableVerdict; rationale: string; proposedById: string }
  | {
      type: "verdictPublished";
      verdict: TPublishableVerdict;
      rationale: string;
      proposedById: string;
      approvedById: string;
    }
  | { type: "returnedWithComment"; comment: string; returnedById: string }
  | {
      type: "correctionRecorded";
      fromVerdict: TPublishableVerdict;
      toVerdict: TPublishableVerdict;
      reason: string;
      /** The new rationale, or null when the published one was kept. */
      rationale: string | null;
      correctedById: string;
    };

/** Codes match the data layer's error codes: 403, 409 and 400. */
export type TWorkflowRefusalCode = "forbidden" | "conflict" | "invalid";
export type TWorkflowRefusal = { ok: false; code: TWorkflowRefusalCode; reason: string };
export type TWorkflowResult =
  | { ok: true; state: TClaimWorkflowState; effects: TWorkflowEffect[] }
  | TWorkflowRefusal;

const VIEWER_REFUSAL =
  "Viewers can read the board but not move claims through the workflow. Ask the workspace owner for the checker role.";

const EDITORS = ["editor", "owner"] as const satisfies readonly TRole[];
const RESEARCHERS = ["checker", "editor", "owner"] as const satisfies readonly TRole[];

// The transition table: who may issue each command, from which stages, and
// what to tell someone who isn't allowed.
const RULES = {
  assign: {
    from: ["unassigned", "researching", "returned"],
    roles: EDITORS,
    done: "assigned",
    roleRefusal: "Only editors and owners can assign claims. You can take an unassigned claim yourself.",
  },
  unassign: {
    from: ["researching", "returned"],
    roles: EDITORS,
    done: "unassigned",
    roleRefusal: "Only editors and owners can unassign claims. Ask an editor to release this one.",
  },
  take: { from: ["unassigned"], roles: RESEARCHERS, done: "taken", roleRefusal: VIEWER_REFUSAL },
  propose: { from: ["researching", "returned"], roles: RESEARCHERS, done: "sent to review", roleRefusal: VIEWER_REFUSAL },
  approve: {
    from: ["ready_for_review"],
    roles: EDITORS,
    done: "approved",
    roleRefusal: "Only editors and owners can approve verdicts. Ask an editor to review this one.",
  },
  return: {
    from: ["ready_for_review"],
    roles: EDITORS,
    done: "returned",
    roleRefusal: "Only editors and owners can return verdicts. Ask an editor to review this one.",
  },
  correct: {
    from: ["published"],
    roles: EDITORS,
    done: "corrected",
    roleRefusal: "Only editors and owners can correct a published verdict. Ask an editor to make the correction.",
  },
} as const satisfies Record<
  TWorkflowCommandType,
  { from: readonly TWorkflowStage[]; roles: readonly TRole[]; done: string; roleRefusal: string }
>;

function isAt<S extends TWorkflowStage>(state: TClaimWorkflowState, stages: readonly S[]): state is TStateAt<S> {
  return (stages as readonly TWorkflowStage[]).includes(state.stage);
}

const refuse = (code: TWorkflowRefusalCode, reason: string): TWorkflowRefusal => ({ ok: false, code, reason });

function stageRefusal(type: TWorkflowCommandType, stage: TWorkflowStage): TWorkflowRefusal {
  const rule = RULES[type];
  const allowedFrom = rule.from.map((from) => STAGE_LABELS[from]).join(" or ");
  let hint = "";
  if (stage === "published") hint = " Published verdicts change only by correction.";
  else if (stage === "ready_for_review") hint = " It is waiting for review: an editor must approve or return it first.";
  else if (type === "take") hint = " It is already assigned; ask an editor to reassign it.";
  else if (type === "propose" && stage === "unassigned") hint = " Take or assign the claim first.";
  else if (type === "unassign" && stage === "unassigned") hint = " It isn't assigned to anyone.";
  return refuse(
    "conflict",
    `Only claims in ${allowedFrom} can be ${rule.done}; this one is in ${STAGE_LABELS[stage]}.${hint}`,
  );
}

/**
 * Why `actor` may not issue a command of this type now, judged on role,
 * stage and who they are; null when they may. The command's own fields are
 * checked by applyWorkflowCommand.
 */
export function commandRefusal(
  state: TClaimWorkflowState,
  type: TWorkflowCommandType,
  actor: TWorkflowActor,
): TWorkflowRefusal | null {
  if (actor.role === "viewer") return refuse("forbidden", VIEWER_REFUSAL);
  const rule = RULES[type];
  if (!(rule.roles as readonly TRole[]).includes(actor.role)) return refuse("forbidden", rule.roleRefusal);
  if (!(rule.from as readonly TWorkflowStage[]).includes(state.stage)) return stageRefusal(type, state.stage);
  if (type === "propose" && actor.role === "checker" && state.assigneeId !== actor.userId) {
    return refuse(
      "forbidden",
      "This claim is assigned to someone else. Ask an editor to reassign it to you before proposing a verdict.",
    );
  }
  if (type === "approve" && state.proposal?.proposedById === actor.userId) {
    return refuse("forbidden", "You proposed this verdict, so another editor must approve it.");
  }
  return null;
}

/** The commands `actor` may issue now, in display order: which buttons to show. */
export function allowedCommands(state: TClaimWorkflowState, actor: TWorkflowActor): TWorkflowCommandType[] {
  return WORKFLOW_COMMAND_TYPES.filter((type) => commandRefusal(state, type, actor) === null);
}

type TTextCheck = { ok: true; text: string } | TWorkflowRefusal;

function checkText(value: string, field: string, whenBlank: string): TTextCheck {
  const text = value.trim();
  if (text === "") return refuse("invalid", whenBlank);
  if (text.length > LIMITS.longText) {
    return refuse("invalid", `The ${field} is too long: keep it to ${formatCount(LIMITS.longText)} characters (${LENGTH_UNIT}).`);
  }
  return { ok: true, text };
}

function checkFinding(verdict: TVerdict, unverifiedRefusal: string): TPublishableVerdict | TWorkflowRefusal {
  return verdict === "unverified" ? refuse("invalid", unverifiedRefusal) : verdict;
}

const ok = (state: TClaimWorkflowState, ...effects: TWorkflowEffect[]): TWorkflowResult => ({
  ok: true,
  state,
  effects,
});

/** Applies one workflow command. Pure: the caller stores the new state and writes the effects. */
export function applyWorkflowCommand(
  state: TClaimWorkflowState,
  command: TWorkflowCommand,
  actor: TWorkflowActor,
): TWorkflowResult {
  const refusal = commandRefusal(state, command.type, actor);
  if (refusal) return refusal;

  switch (command.type) {
    case "assign": {
      if (!isAt(state, RULES.assign.from)) return stageRefusal(command.type, state.stage);
      if (command.assigneeId.trim() === "") return refuse("invalid", "Choose who to assign the claim to.");
      if (command.assigneeRole === "viewer") {
        return refuse(
          "invalid",
          "Viewers can't be assigned claims. Choose a checker, editor or owner, or ask the workspace owner to change their role.",
        );
      }
      if (command.assigneeId === state.assigneeId) {
        return refuse("invalid", "This claim is already assigned to that person.");
      }
      const effect: TWorkflowEffect = {
        type: "assigned",
        assigneeId: command.assigneeId,
        previousAssigneeId: state.assigneeId,
      };
      // Reassigning a returned claim keeps it returned, with the proposal to rework.
      if (state.stage === "returned") return ok({ ...state, assigneeId: command.assigneeId }, effect);
      return ok({ stage: "researching", assigneeId: command.assigneeId, proposal: null, published: null }, effect);
    }

    case "unassign": {
      if (!isAt(state, RULES.unassign.from)) return stageRefusal(command.type, state.stage);
      // A returned proposal is dropped: the activity log keeps it and the return comment.
      return ok(
        { stage: "unassigned", assigneeId: null, proposal: null, published: null },
        { type: "unassigned", previousAssigneeId: state.assigneeId },
      );
    }

    case "take": {
      if (!isAt(state, RULES.take.from)) return stageRefusal(command.type, state.stage);
      return ok(
        { stage: "researching", assigneeId: actor.userId, proposal: null, published: null },
        { type: "assigned", assigneeId: actor.userId, previousAssigneeId: null },
      );
    }

    case "propose": {
      if (!isAt(state, RULES.propose.from)) return stageRefusal(command.type, state.stage);
      const verdict = checkFinding(
        command.verdict,
        "Choose a verdict: Unverified means not checked yet, so it can't be proposed.",
      );
      if (typeof verdict !== "string") return verdict;
      const rationale = checkText(
        command.rationale,
        "rationale",
        "Write a rationale saying why the evidence supports this verdict.",
      );
      if (!rationale.ok) return rationale;
      if (!(command.linkedEvidenceCount >= 1)) {
        return refuse("invalid", "Link at least one piece of evidence to this claim before proposing a verdict.");
      }
      const proposal: TVerdictProposal = { verdict, rationale: rationale.text, proposedById: actor.userId };
      return ok(
        { stage: "ready_for_review", assigneeId: state.assigneeId, proposal, published: null },
        { type: "proposed", ...proposal },
      );
    }

    case "approve": {
      if (!isAt(state, RULES.approve.from)) return stageRefusal(command.type, state.stage);
      const published: TPublishedVerdict = { ...state.proposal, approvedById: actor.userId };
      return ok(
        { stage: "published", assigneeId: state.assigneeId, proposal: null, published },
        { type: "verdictPublished", ...published },
      );
    }

    case "return": {
      if (!isAt(state, RULES.return.from)) return stageRefusal(command.type, state.stage);
      const comment = checkText(
        command.comment,
        "comment",
        "Write a comment saying what needs to change before returning the verdict.",
      );
      if (!comment.ok) return comment;
      return ok(
        { ...state, stage: "returned" },
        { type: "returnedWithComment", comment: comment.text, returnedById: actor.userId },
      );
    }

    case "correct": {
      if (!isAt(state, RULES.correct.from)) return stageRefusal(command.type, state.stage);
      const toVerdict = checkFinding(
        command.verdict,
        "Choose a verdict: Unverified means not checked yet, so it can't replace a published finding.",
      );
      if (typeof toVerdict !== "string") return toVerdict;
      const fromVerdict = state.published.verdict;
      if (toVerdict === fromVerdict) {
        return refuse(
          "invalid",
          `The published verdict is already ${VERDICT_SCALE[fromVerdict].label}. Choose a different verdict to correct it.`,
        );
      }
      const reason = checkText(
        command.reason,
        "reason",
        "Give a reason for the correction: readers see it in the correction note.",
      );
      if (!reason.ok) return reason;
      let rationale: string | null = null;
      if (command.rationale !== undefined) {
        const checked = checkText(
          command.rationale,
          "rationale",
          "Write the new rationale, or leave it out to keep the published one.",
        );
        if (!checked.ok) return checked;
        rationale = checked.text;
      }
      return ok(
        {
          ...state,
          published: { ...state.published, verdict: toVerdict, rationale: rationale ?? state.published.rationale },
        },
        {
          type: "correctionRecorded",
          fromVerdict,
          toVerdict,
          reason: reason.text,
          rationale,
          correctedById: actor.userId,
        },
      );
    }
  }
}
