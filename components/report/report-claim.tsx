import Link from "next/link";
import { formatStrength } from "@/lib/strength/describe-strength";
import type { TReportClaim } from "@/lib/report/board-report";
import { VerdictBadge } from "../claim/verdict-badge";

/** One claim in the report: its quote, its published finding (or that there is none yet), strength and evidence. */
export function ReportClaim({ claim }: { claim: TReportClaim }) {
  const headingId = `claim-${claim.number}-heading`;
  return (
    <section className="report-claim" id={`claim-${claim.number}`} aria-labelledby={headingId}>
      <h4 id={headingId}>
        <span className="report-claim-number">#{claim.number}</span> {claim.statement}
      </h4>
      <blockquote className="report-claim-quote">
        <p>&ldquo;{claim.quote}&rdquo;</p>
        {claim.speaker ? <footer className="muted small">Said by {claim.speaker}</footer> : null}
      </blockquote>
      {claim.finding ? (
        <div className="report-finding">
          <p>
            <VerdictBadge verdict={claim.finding.verdict} />
            {claim.finding.publishedOn ? <span className="muted small"> Published {claim.finding.publishedOn}</span> : null}
          </p>
          {claim.finding.rationale ? <p className="report-rationale">{claim.finding.rationale}</p> : null}
        </div>
      ) : (
        <p className="report-finding muted">No published verdict yet ({claim.stageLabel}).</p>
      )}
      {claim.corrections.map((correction, index) => (
        <p key={index} className="report-correction-note small">
          Corrected {correction.correctedOn} from {correction.fromLabel} to {correction.toLabel}: {correction.reason}
        </p>
      ))}
      {claim.strength !== null ? (
        <p className="muted small">
          Strength {formatStrength(claim.strength)} <span className="report-aside">(DF-QuAD, from 0 to 1, from its evidence and argument)</span>
        </p>
      ) : null}
      {claim.evidence.length > 0 ? (
        <>
          <h5>Evidence</h5>
          <ul className="report-evidence">
            {claim.evidence.map((evidence, index) => {
              const source = [evidence.publisher, evidence.publishedOn].filter(Boolean).join(", ");
              return (
                <li key={index}>
                  <span className={`report-stance stance-${evidence.stance}`}>{evidence.stanceLabel}:</span>{" "}
                  {evidence.url ? (
                    <a className="report-source" href={evidence.url} rel="noreferrer noopener">
                      {evidence.title}
                    </a>
                  ) : (
                    evidence.title
                  )}
                  {source ? <span className="muted"> ({source})</span> : null}
                  {evidence.excerpt ? <blockquote className="report-excerpt">&ldquo;{evidence.excerpt}&rdquo;</blockquote> : null}
                  {evidence.note ? <p className="muted small">Note: {evidence.note}</p> : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      <p className="report-permalink small">
        <Link href={claim.permalinkPath}>Open claim #{claim.number} in the article</Link>
      </p>
    </section>
  );
}
