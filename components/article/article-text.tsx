"use client";

import { themedVerdictColors } from "@/lib/verdicts/dark-verdict-colors";
import { memo, useMemo } from "react";
import { isOpinion, shownVerdict } from "@/lib/workflow/published-verdict";
import type { TClaimView } from "@/lib/board/types";
import { useVerdictScale } from "../verdicts/verdict-scale-context";
import { buildArticleParagraphs } from "./article-segments";

type TArticleTextProps = {
  text: string;
  claims: TClaimView[];
  selectedClaimId: string | null;
  onOpenClaim: (claimId: string) => void;
};

/**
 * The article with each given claim's quote highlighted in its verdict's colour and
 * closed by a marker button showing the verdict's icon, so the verdict reads
 * without colour and each claim can be opened from the keyboard. Opinions are drawn
 * quieter (a dotted rule, no tint); claims not given read as plain text.
 */
export const ArticleText = memo(function ArticleText({ text, claims, selectedClaimId, onOpenClaim }: TArticleTextProps) {
  const verdictScale = useVerdictScale();
  const claimsById = useMemo(() => new Map(claims.map((claim) => [claim.id, claim])), [claims]);
  const paragraphs = useMemo(
    () => buildArticleParagraphs(text, claims.map((c) => ({ id: c.id, start: c.selector.start, end: c.selector.end }))),
    [text, claims],
  );
  const claimsEndingAt = useMemo(() => {
    const byEnd = new Map<number, TClaimView[]>();
    for (const claim of claims) byEnd.set(claim.selector.end, [...(byEnd.get(claim.selector.end) ?? []), claim]);
    return byEnd;
  }, [claims]);

  const openFromHighlight = (claimId: string) => {
    // A drag that selected text is not a click on the highlight.
    if (window.getSelection()?.isCollapsed === false) return;
    onOpenClaim(claimId);
  };

  return (
    <>
      {paragraphs.map((paragraph) => (
        <p key={paragraph.index} data-paragraph={paragraph.index}>
          {paragraph.segments.map((segment) => {
            const endingHere = claimsEndingAt.get(segment.end) ?? [];
            const innermost = segment.ids[0] ? claimsById.get(segment.ids[0]) : undefined;
            const run = innermost ? (
              <mark
                className={`claim-highlight${segment.ids.includes(selectedClaimId ?? "") ? " selected" : ""}${segment.ids.length > 1 ? " overlapping" : ""}${isOpinion(innermost) ? " opinion" : ""}`}
                style={{
                  backgroundColor: isOpinion(innermost) ? undefined : themedVerdictColors(verdictScale[shownVerdict(innermost)]).tint,
                  borderBottomColor: themedVerdictColors(verdictScale[shownVerdict(innermost)]).color,
                }}
                data-start={segment.start}
                data-end={segment.end}
                data-claim-id={innermost.id}
                data-verdict={shownVerdict(innermost)}
                onClick={() => openFromHighlight(innermost.id)}
              >
                {segment.text}
              </mark>
            ) : (
              <span data-start={segment.start} data-end={segment.end}>
                {segment.text}
              </span>
            );
            return (
              <span key={segment.start}>
                {run}
                {endingHere.map((claim) => {
                  const verdict = shownVerdict(claim);
                  const style = verdictScale[verdict];
                  const opinion = isOpinion(claim);
                  const colors = themedVerdictColors(style);
                  return (
                    <button
                      key={claim.id}
                      type="button"
                      data-noanchor=""
                      className={`claim-marker${claim.id === selectedClaimId ? " selected" : ""}${opinion ? " opinion" : ""}`}
                      style={{ color: colors.color, backgroundColor: opinion ? undefined : colors.tint, borderColor: colors.color }}
                      data-claim-id={claim.id}
                      data-verdict={verdict}
                      aria-label={`Claim ${claim.number}: ${claim.statement} Verdict: ${style.label}.`}
                      title={`${style.label}: ${claim.statement}`}
                      onClick={() => onOpenClaim(claim.id)}
                    >
                      <span aria-hidden="true">
                        {claim.number}
                        {style.icon}
                      </span>
                    </button>
                  );
                })}
              </span>
            );
          })}
        </p>
      ))}
    </>
  );
});
