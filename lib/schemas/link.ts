import { z } from "zod";
import { LIMITS, boundedText, ZId, ZScore1to5 } from "./fields";
import { ZStance } from "./vocabulary";

export const ZEvidenceLinkCreateInput = z
  .object({
    claimId: ZId,
    evidenceId: ZId,
    stance: ZStance,
    strength: ZScore1to5("strength").default(3),
    note: boundedText("note", LIMITS.longText).trim().default(""),
  })
  .strict();
export type TEvidenceLinkCreateInput = z.infer<typeof ZEvidenceLinkCreateInput>;

export const ZEvidenceLinkUpdateInput = z
  .object({
    stance: ZStance.optional(),
    strength: ZScore1to5("strength").optional(),
    note: boundedText("note", LIMITS.longText).trim().optional(),
  })
  .strict()
  .refine((input) => Object.keys(input).length > 0, { message: "nothing to change: send stance, strength or note" });
export type TEvidenceLinkUpdateInput = z.infer<typeof ZEvidenceLinkUpdateInput>;
