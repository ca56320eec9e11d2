import { z } from "zod";
import { LIMITS, boundedText, requiredText, ZUnitInterval } from "./fields";
import { ZTextAnchor } from "./selector";
import { ZClaimKind, ZVerdict } from "./vocabulary";

export const ZClaimCreateInput = z.object({
  statement: requiredText("statement", LIMITS.statement),
  selector: ZTextAnchor,
  speaker: boundedText("speaker", LIMITS.shortText).trim().default(""),
  kind: ZClaimKind.default("other"),
  checkable: z.boolean({ error: "checkable must be true or false" }).default(true),
  checkworthiness: ZUnitInterval("checkworthiness").default(0.5),
});
export type TClaimCreateInput = z.infer<typeof ZClaimCreateInput>;

export const ZClaimUpdateInput = z
  .object({
    /** The version the editor started from; a stale one is refused with 409. */
    version: z.number({ error: "version must be a number" }).int().min(1).optional(),
    statement: requiredText("statement", LIMITS.statement).optional(),
    speaker: boundedText("speaker", LIMITS.shortText).trim().optional(),
    kind: ZClaimKind.optional(),
    checkable: z.boolean({ error: "checkable must be true or false" }).optional(),
    checkworthiness: ZUnitInterval("checkworthiness").optional(),
    verdict: ZVerdict.optional(),
    verdictRationale: boundedText("verdictRationale", LIMITS.longText).trim().optional(),
  })
  .strict()
  .refine((input) => Object.keys(input).some((key) => key !== "version"), {
    message: "nothing to change: send at least one field",
  });
export type TClaimUpdateInput = z.infer<typeof ZClaimUpdateInput>;
