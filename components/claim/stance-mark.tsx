import type { TStance } from "@/lib/schemas/vocabulary";

const GLYPHS: Record<TStance, string> = { supports: "+", disputes: "−", context: "○" };

/** A stance glyph in the stance colour; the label beside it carries the meaning. */
export function StanceMark({ stance }: { stance: TStance }) {
  return (
    <span className={`stance-mark stance-${stance}`} aria-hidden="true">
      {GLYPHS[stance]}
    </span>
  );
}
