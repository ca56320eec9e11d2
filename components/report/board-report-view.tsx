import { reviewerWork, type TBoardReport } from "@/lib/report/board-report";
import { PrintButton } from "./print-button";
import { ReportArticle } from "./report-article";
import { ReportClaim } from "./report-claim";

/** The printable board report; the toolbar is for the screen only (the print stylesheet hides it). */
export function BoardReportView({ report }: { report: TBoardReport }) {
  const { article } = report;
  const api = `/api/boards/${encodeURIComponent(report.boardId)}/export`;
  const source = [article.publisher, article.publishedOn].filter(Boolean).join(", ");
  return (
    <div className="report-page">
      <article className="report" aria-labelledby="report-title">
        <p className="report-print-title">{report.title}</p>
        <div className="report-heading">
          <h2 id="report-title">Fact-check report</h2>
          <div className="report-toolbar" role="group" aria-label="Report downloads">
            <PrintButton />
            <a className="button" href={`${api}/report.pdf`} download>
              Download PDF
            </a>
            <a className="button" href={`${api}/claims.csv`} download>
              Download claims CSV
            </a>
          </div>
        </div>
        <dl className="report-about">
          {article.title ? (
            <>
              <dt>Article</dt>
              <dd>{article.title}</dd>
            </>
          ) : null}
          {article.byline ? (
            <>
              <dt>By</dt>
              <dd>{article.byline}</dd>
            </>
          ) : null}
          {source ? (
            <>
              <dt>Published</dt>
              <dd>{source}</dd>
            </>
          ) : null}
          {article.url ? (
            <>
              <dt>Address</dt>
              <dd>
                <a href={article.url} rel="noreferrer noopener">
                  {article.url}
                </a>
              </dd>
            </>
          ) : null}
          <dt>Claims</dt>
          <dd>
            {report.claims.length} claims, {report.publishedCount} with a published verdict
          </dd>
        </dl>

        <section aria-labelledby="report-article-heading">
          <h3 id="report-article-heading">The article</h3>
          <p className="muted small">Quoted claims are underlined; the number after each quote leads to the claim.</p>
          <ReportArticle paragraphs={report.paragraphs} />
        </section>

        <section aria-labelledby="report-claims-heading">
          <h3 id="report-claims-heading">Claims</h3>
          {report.claims.map((claim) => (
            <ReportClaim key={claim.number} claim={claim} />
          ))}
        </section>

        <section aria-labelledby="report-corrections-heading">
          <h3 id="report-corrections-heading">Corrections</h3>
          {report.corrections.length === 0 ? (
            <p>No published verdict has been corrected.</p>
          ) : (
            <ul>
              {report.corrections.map((correction, index) => (
                <li key={index}>
                  <a href={`#claim-${correction.claimNumber}`}>#{correction.claimNumber}</a>: {correction.fromLabel} to {correction.toLabel},{" "}
                  {correction.correctedOn}, by {correction.correctedBy}. {correction.reason}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="report-reviewers-heading">
          <h3 id="report-reviewers-heading">Reviewers</h3>
          {report.reviewers.length === 0 ? (
            <p>No verdict has been published yet.</p>
          ) : (
            <ul>
              {report.reviewers.map((reviewer, index) => (
                <li key={index}>
                  {reviewer.name}: {reviewerWork(reviewer)}
                </li>
              ))}
            </ul>
          )}
        </section>
      </article>
    </div>
  );
}
