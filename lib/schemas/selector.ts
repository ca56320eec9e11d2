import { z } from "zod";
import { LIMITS, boundedText, tooLongError } from "./fields";

/** A W3C TextQuoteSelector and TextPositionSelector for the same span, together. */
export const ZTextAnchor = z.object({
  exact: z
    .string({ error: "selector.exact must be text" })
    .min(1, "selector.exact is empty: select some text")
    .max(LIMITS.longText, tooLongError("selector.exact", LIMITS.longText)),
  prefix: boundedText("selector.prefix", 256),
  suffix: boundedText("selector.suffix", 256),
  start: z.number({ error: "selector.start must be a number" }).int().min(0, "selector.start cannot be negative"),
  end: z.number({ error: "selector.end must be a number" }).int().min(1, "selector.end must be after start"),
}).refine((s) => s.end > s.start, { message: "selector.end must be after selector.start", path: ["end"] });
export type TTextAnchor = z.infer<typeof ZTextAnchor>;
