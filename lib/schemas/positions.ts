import { z } from "zod";
import { ZId } from "./fields";
import { ZGraphDirection } from "./vocabulary";

const ZCoordinate = z
  .number({ error: "x and y must be numbers" })
  .finite("x and y must be finite")
  .min(-1e7, "position is out of range")
  .max(1e7, "position is out of range");

export const ZNodePositionsInput = z
  .object({
    positions: z
      .array(z.object({ nodeId: ZId, x: ZCoordinate, y: ZCoordinate }).strict())
      .max(20_000, "too many positions in one request"),
    /** Set when the layout direction changes; saved positions are then replaced. */
    direction: ZGraphDirection.optional(),
    /** Drop every saved position first (a fresh automatic layout). */
    reset: z.boolean().optional(),
  })
  .strict();
export type TNodePositionsInput = z.infer<typeof ZNodePositionsInput>;
