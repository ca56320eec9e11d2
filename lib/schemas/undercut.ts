import { z } from "zod";
import { LIMITS, boundedText, ZId } from "./fields";

/** The edge an undercut attacks: an evidence link or a claim relation. */
export const ZUndercutTarget = z
  .object({ type: z.enum(["link", "relation"], { error: 'target type must be "link" or "relation"' }), id: ZId })
  .strict();
export type TUndercutTarget = z.infer<typeof ZUndercutTarget>;

export const ZUndercutCreateInput = z
  .object({
    fromClaimId: ZId,
    target: ZUndercutTarget,
    note: boundedText("note", LIMITS.longText).trim().default(""),
  })
  .strict();
export type TUndercutCreateInput = z.infer<typeof ZUndercutCreateInput>;

// The claim and the edge are what the undercut is; to change them, delete it and make another.
export const ZUndercutUpdateInput = z.object({ note: boundedText("note", LIMITS.longText).trim() }).strict();
export type TUndercutUpdateInput = z.infer<typeof ZUndercutUpdateInput>;
