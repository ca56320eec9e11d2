"use client";

import type { TVerdict } from "@/lib/schemas/vocabulary";
import { contrastRatio, describeContrast, isHexColor, meetsTextContrast, WHITE } from "@/lib/verdicts/color-contrast";
import { VERDICT_SCALE, type TVerdictStyle } from "@/lib/verdicts/verdict-scale";
import { VerdictBadge } from "../claim/verdict-badge";
import { VerdictScaleProvider } from "./verdict-scale-context";

/** A verdict as boards would show it with these settings, and whether its text is readable, in words. */
export function VerdictPreview({ verdict, style }: { verdict: TVerdict; style: TVerdictStyle }) {
  const colorsValid = isHexColor(style.color) && isHexColor(style.tint);
  return (
    <div className="verdict-preview">
      <div className="verdict-preview-samples" aria-hidden="true">
        {/* The real badge, fed this one style, so the preview cannot drift from what boards draw. */}
        <VerdictScaleProvider scale={{ ...VERDICT_SCALE, [verdict]: style }}>
          <VerdictBadge verdict={verdict} />
        </VerdictScaleProvider>
        {colorsValid ? (
          <span className="verdict-preview-quote" style={{ backgroundColor: style.tint, borderBottomColor: style.color }}>
            a highlighted quote
          </span>
        ) : null}
        {colorsValid ? (
          <span className="verdict-preview-text" style={{ color: style.color }}>
            {style.icon} {style.label || "(no label)"} on white
          </span>
        ) : null}
      </div>
      <ContrastReadout style={style} />
    </div>
  );
}

function ContrastReadout({ style }: { style: TVerdictStyle }) {
  if (!isHexColor(style.color) || !isHexColor(style.tint)) {
    return <p className="verdict-contrast small">Contrast: write both colours as # and six hex digits (like #166534) to check them.</p>;
  }
  const lines = [
    { ratio: contrastRatio(style.color, WHITE), against: "white" },
    { ratio: contrastRatio(style.color, style.tint), against: "its tint" },
  ];
  return (
    <ul className="verdict-contrast small" aria-label="Text contrast">
      {lines.map(({ ratio, against }) => (
        <li key={against} className={meetsTextContrast(ratio) ? "contrast-ok" : "contrast-low"}>
          <span aria-hidden="true">{meetsTextContrast(ratio) ? "✓ " : "✗ "}</span>
          Contrast {describeContrast(ratio, against)}
        </li>
      ))}
    </ul>
  );
}
