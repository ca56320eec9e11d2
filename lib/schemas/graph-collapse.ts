import { z } from "zod";
import { ZId } from "./fields";

/** Collapse (or expand) one claim's incoming subtree in the reader's own graph view. */
export const ZGraphCollapseInput = z.object({ claimId: ZId, collapsed: z.boolean({ error: "collapsed must be true or false" }) }).strict();
export type TGraphCollapseInput = z.infer<typeof ZGraphCollapseInput>;
