import { z } from "zod";
import { BOARD_VISIBILITIES } from "./vocabulary";

/** PUT /api/boards/:boardId/visibility */
export const ZBoardVisibilityInput = z
  .object({
    visibility: z.enum(BOARD_VISIBILITIES, { error: `visibility must be one of: ${BOARD_VISIBILITIES.join(", ")}` }),
  })
  .strict();
export type TBoardVisibilityInput = z.infer<typeof ZBoardVisibilityInput>;
