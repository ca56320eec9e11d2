import { z } from "zod";
import { ZWorkflowCommandInput, type TWorkflowCommandInput } from "../workflow/command-input";
import { ZWorkflowStage } from "../workflow/stages";
import { LIMITS, ZId, ZIsoDate, boundedText, requiredText, ZUnitInterval } from "./fields";
import { ZTextAnchor } from "./selector";
import { ZClaimKind } from "./vocabulary";

// Fields only the team workflow writes. A claim's create or edit naming one is
// refused with a pointer to the workflow, never silently ignored.
const WORKFLOW_FIELDS = new Set([
  "verdict",
  "verdictRationale",
  "stage",
  "assigneeId",
  "proposedVerdict",
  "proposedRationale",
  "proposedById",
  "approvedById",
  "publishedAt",
  "dueOn",
]);

export const WORKFLOW_FIELD_REFUSAL =
  "verdicts and workflow stages change only through the workflow: POST /api/boards/{boardId}/claims/{claimId}/workflow " +
  "(take, assign, propose, approve, return, correct); due dates through PUT …/claims/{claimId}/due-date";

const claimFieldsObject = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== "unrecognized_keys") return undefined;
      const workflowKeys = issue.keys.filter((key) => WORKFLOW_FIELDS.has(key));
      if (workflowKeys.length === 0) return undefined;
      return `${workflowKeys.join(", ")} can't be set here: ${WORKFLOW_FIELD_REFUSAL}`;
    },
  });

/** The version the editor started from; a stale one is refused with 409. */
export const ZClaimVersion = z.number({ error: "version must be a number" }).int().min(1);

export const ZClaimCreateInput = claimFieldsObject({
  statement: requiredText("statement", LIMITS.statement),
  selector: ZTextAnchor,
  speaker: boundedText("speaker", LIMITS.shortText).trim().default(""),
  kind: ZClaimKind.default("other"),
  checkable: z.boolean({ error: "checkable must be true or false" }).default(true),
  checkworthiness: ZUnitInterval("checkworthiness").default(0.5),
});
export type TClaimCreateInput = z.infer<typeof ZClaimCreateInput>;

export const ZClaimUpdateInput = claimFieldsObject({
  version: ZClaimVersion.optional(),
  statement: requiredText("statement", LIMITS.statement).optional(),
  speaker: boundedText("speaker", LIMITS.shortText).trim().optional(),
  kind: ZClaimKind.optional(),
  checkable: z.boolean({ error: "checkable must be true or false" }).optional(),
  checkworthiness: ZUnitInterval("checkworthiness").optional(),
  baseScore: ZUnitInterval("baseScore").optional(),
}).refine((input) => Object.keys(input).some((key) => key !== "version"), {
  message: "nothing to change: send at least one field",
});
export type TClaimUpdateInput = z.infer<typeof ZClaimUpdateInput>;

/** A workflow command for one claim, with the version the sender saw (a stale one gets 409). */
export type TClaimWorkflowInput = TWorkflowCommandInput & { version?: number };

// The command's own schema is strict, so the version is taken off before it checks the rest.
export const ZClaimWorkflowInput: z.ZodType<TClaimWorkflowInput> = z
  .looseObject({ version: ZClaimVersion.optional() })
  .transform((body, context) => {
    const { version, ...command } = body;
    const parsed = ZWorkflowCommandInput.safeParse(command);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) context.addIssue({ code: "custom", message: issue.message, path: issue.path });
      return z.NEVER;
    }
    return version === undefined ? parsed.data : { ...parsed.data, version };
  });

export const ZClaimDueDateInput = z.strictObject({
  dueOn: z.union([z.null(), ZIsoDate], {
    error: (issue) => (issue.input === undefined ? "dueOn is required: a date like 2008-04-01, or null to clear it" : undefined),
  }),
  version: ZClaimVersion.optional(),
});
export type TClaimDueDateInput = z.infer<typeof ZClaimDueDateInput>;

export const MAX_BULK_CLAIMS = 500;

export const ZBulkWorkflowCommand = z.discriminatedUnion(
  "type",
  [
    z.strictObject({ type: z.literal("assign"), assigneeId: ZId }),
    z.strictObject({ type: z.literal("move"), toStage: ZWorkflowStage }),
  ],
  {
    error: (issue) => {
      if ((issue.code as string) === "invalid_type") return "command must be an object with a type";
      if (issue.code === "invalid_union") return "command type must be one of: assign, move";
      return undefined;
    },
  },
);
export type TBulkWorkflowCommand = z.infer<typeof ZBulkWorkflowCommand>;

export const ZBulkWorkflowInput = z
  .strictObject({
    claimIds: z
      .array(ZId, { error: "claimIds must be a list of claim ids" })
      .min(1, "claimIds is empty: choose at least one claim")
      .max(MAX_BULK_CLAIMS, `claimIds has too many claims (at most ${MAX_BULK_CLAIMS} at once)`)
      .refine((ids) => new Set(ids).size === ids.length, "claimIds lists a claim more than once"),
    command: ZBulkWorkflowCommand,
    /** The version of each claim the sender saw, by claim id; a stale one refuses the whole batch with 409. */
    versions: z
      .record(ZId, z.number({ error: "each version must be a number" }).int().min(1, "each version must be 1 or more"), {
        error: "versions must map claim ids to version numbers",
      })
      .optional(),
  })
  .superRefine((input, context) => {
    if (!input.versions) return;
    const listed = new Set(input.claimIds);
    const unlisted = Object.keys(input.versions).filter((id) => !listed.has(id));
    if (unlisted.length > 0) {
      context.addIssue({
        code: "custom",
        path: ["versions"],
        message: `versions names claims not in claimIds: ${unlisted.join(", ")}`,
      });
    }
  });
export type TBulkWorkflowInput = z.infer<typeof ZBulkWorkflowInput>;
