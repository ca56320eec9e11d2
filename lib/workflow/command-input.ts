import { z } from "zod";
import { LIMITS, tooLongError } from "../schemas/fields";
import { WORKFLOW_COMMAND_TYPES, ZPublishableVerdict } from "./claim-workflow";

// What a client may send to move a claim through the workflow. The data layer
// adds what only it knows (the assignee's role, the linked evidence count) to
// make a TWorkflowCommand; a client that sends those fields is refused.

const workflowText = (field: string, whenBlank: string) =>
  z
    .string({ error: `${field} must be text` })
    .trim()
    .min(1, whenBlank)
    .max(LIMITS.longText, tooLongError(field, LIMITS.longText));

const ZAssigneeId = z
  .string({ error: "assigneeId must be text" })
  .min(1, "assigneeId is required: choose who to assign the claim to")
  .max(LIMITS.id, "assigneeId is too long to be a member's id")
  .regex(/^[A-Za-z0-9_-]+$/, "assigneeId has characters a member's id never has");

const command = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys" ? `this command does not take: ${issue.keys.join(", ")}` : undefined,
  });

export const ZWorkflowCommandInput = z.discriminatedUnion(
  "type",
  [
    command({ type: z.literal("assign"), assigneeId: ZAssigneeId }),
    command({ type: z.literal("unassign") }),
    command({ type: z.literal("take") }),
    command({
      type: z.literal("propose"),
      verdict: ZPublishableVerdict,
      rationale: workflowText("rationale", "rationale is required: say why the evidence supports this verdict"),
    }),
    command({ type: z.literal("approve") }),
    command({
      type: z.literal("return"),
      comment: workflowText("comment", "comment is required: say what needs to change"),
    }),
    command({
      type: z.literal("correct"),
      verdict: ZPublishableVerdict,
      reason: workflowText("reason", "reason is required: readers see it in the correction note"),
      rationale: workflowText("rationale", "rationale can't be blank: leave it out to keep the published one").optional(),
    }),
  ],
  {
    error: (issue) => {
      // Typed as union issues only, but a non-object arrives here as invalid_type.
      if ((issue.code as string) === "invalid_type") return "send a workflow command: an object with a type";
      if (issue.code === "invalid_union") return `type must be one of: ${WORKFLOW_COMMAND_TYPES.join(", ")}`;
      return undefined;
    },
  },
);
export type TWorkflowCommandInput = z.infer<typeof ZWorkflowCommandInput>;
