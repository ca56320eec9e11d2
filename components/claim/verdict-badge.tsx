"use client";

import { themedVerdictColors } from "@/lib/verdicts/dark-verdict-colors";
import type { TVerdict } from "@/lib/schemas/vocabulary";
import { useVerdictScale } from "../verdicts/verdict-scale-context";

/** Colour, icon and label together, so the verdict never rests on colour alone. */
export function VerdictBadge({ verdict }: { verdict: TVerdict }) {
  const style = useVerdictScale()[verdict];
  const colors = themedVerdictColors(style);
  return (
    <span
      className="verdict-badge"
      style={{ color: colors.color, background: colors.tint }}
      title={style.description}
      data-verdict={verdict}
    >
      <span className="icon" aria-hidden="true">
        {style.icon}
      </span>
      {style.label}
    </span>
  );
}
