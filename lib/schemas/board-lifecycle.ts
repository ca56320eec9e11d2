import { z } from "zod";
import { LIMITS, requiredText } from "./fields";

/** The board version the sender saw; a stale one is refused with 409. */
export const ZBoardVersion = z.number({ error: "version must be a number" }).int().min(1);

/** PATCH /api/boards/:boardId */
export const ZBoardRenameInput = z
  .object({ title: requiredText("title", LIMITS.title), version: ZBoardVersion })
  .strict();
export type TBoardRenameInput = z.infer<typeof ZBoardRenameInput>;

/** PUT /api/boards/:boardId/archived: true archives, false restores. */
export const ZBoardArchiveInput = z
  .object({ archived: z.boolean({ error: "archived must be true or false" }), version: ZBoardVersion })
  .strict();
export type TBoardArchiveInput = z.infer<typeof ZBoardArchiveInput>;

/**
 * DELETE /api/boards/:boardId. Deleting is explicit: the body repeats the board's
 * exact title, as the person typed it to confirm, and the version they saw.
 */
export const ZBoardDeleteInput = z
  .object({
    confirmTitle: z.string({ error: "confirmTitle must be text: type the board's title to confirm" }).max(LIMITS.title + 1),
    version: ZBoardVersion,
  })
  .strict();
export type TBoardDeleteInput = z.infer<typeof ZBoardDeleteInput>;
