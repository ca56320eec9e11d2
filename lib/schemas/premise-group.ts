import { z } from "zod";
import { LIMITS, boundedText, ZId } from "./fields";
import { ZRelationType } from "./vocabulary";

/** More premises than this is a list, not a joint argument; it also bounds the unique key. */
export const MAX_PREMISES = 12;

const ZPremiseClaimIds = z
  .array(ZId, { error: "premiseClaimIds must be a list of claim ids" })
  .min(2, "a premise group needs at least two premises")
  .max(MAX_PREMISES, `a premise group has at most ${MAX_PREMISES} premises`)
  .refine((ids) => new Set(ids).size === ids.length, { message: "a claim can be a premise of a group only once" });

export const ZPremiseGroupCreateInput = z
  .object({
    premiseClaimIds: ZPremiseClaimIds,
    toClaimId: ZId,
    type: ZRelationType,
    note: boundedText("note", LIMITS.longText).trim().default(""),
  })
  .strict()
  .refine((input) => !input.premiseClaimIds.includes(input.toClaimId), {
    message: "a claim cannot be a premise of the group that supports or attacks it",
    path: ["premiseClaimIds"],
  });
export type TPremiseGroupCreateInput = z.infer<typeof ZPremiseGroupCreateInput>;

export const ZPremiseGroupUpdateInput = z
  .object({
    premiseClaimIds: ZPremiseClaimIds.optional(),
    type: ZRelationType.optional(),
    note: boundedText("note", LIMITS.longText).trim().optional(),
  })
  .strict()
  .refine((input) => Object.keys(input).length > 0, { message: "nothing to change: send premiseClaimIds, type or note" });
export type TPremiseGroupUpdateInput = z.infer<typeof ZPremiseGroupUpdateInput>;

/** The premises as one key, the same whatever order they come in. */
export function premiseMemberKey(premiseClaimIds: readonly string[]): string {
  return [...premiseClaimIds].sort().join(" ");
}
