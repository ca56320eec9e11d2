import type { TReportArticlePiece } from "@/lib/report/board-report";

/** The article's text as stored, quoted claims underlined, each followed by its number linking to the claim below. */
export function ReportArticle({ paragraphs }: { paragraphs: TReportArticlePiece[][] }) {
  return (
    <div className="report-article">
      {paragraphs.map((pieces, index) => (
        <p key={index}>
          {pieces.map((piece, at) =>
            piece.type === "text" ? (
              piece.quoted ? (
                <span key={at} className="report-quoted">
                  {piece.text}
                </span>
              ) : (
                piece.text
              )
            ) : (
              <sup key={at} className="report-marker">
                <a href={`#claim-${piece.number}`} aria-label={`Claim ${piece.number}`}>
                  [{piece.number}]
                </a>
              </sup>
            ),
          )}
        </p>
      ))}
    </div>
  );
}
