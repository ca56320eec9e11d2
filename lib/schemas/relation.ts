import { z } from "zod";
import { LIMITS, boundedText, ZId } from "./fields";
import { ZRelationType } from "./vocabulary";

export const ZClaimRelationCreateInput = z
  .object({
    fromClaimId: ZId,
    toClaimId: ZId,
    type: ZRelationType,
    note: boundedText("note", LIMITS.longText).trim().default(""),
  })
  .strict()
  .refine((input) => input.fromClaimId !== input.toClaimId, {
    message: "a claim cannot support or attack itself",
    path: ["toClaimId"],
  });
export type TClaimRelationCreateInput = z.infer<typeof ZClaimRelationCreateInput>;

export const ZClaimRelationUpdateInput = z
  .object({ type: ZRelationType.optional(), note: boundedText("note", LIMITS.longText).trim().optional() })
  .strict()
  .refine((input) => Object.keys(input).length > 0, { message: "nothing to change: send type or note" });
export type TClaimRelationUpdateInput = z.infer<typeof ZClaimRelationUpdateInput>;
