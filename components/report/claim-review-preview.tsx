import type { ClaimReview, Graph, Rating } from "schema-dts";

type TReviewFields = { url?: string; claimReviewed?: string; reviewBody?: string; datePublished?: string; reviewRating?: Rating };

/** The ClaimReview JSON-LD as people read it, each review in words, and the JSON itself with a download. */
export function ClaimReviewPreview({ graph, downloadHref }: { graph: Graph; downloadHref: string }) {
  const reviews = graph["@graph"] as readonly ClaimReview[];
  const json = JSON.stringify(graph, null, 2);
  return (
    <div className="report-page">
      <section className="report" aria-labelledby="claim-review-title">
        <div className="report-heading">
          <h2 id="claim-review-title">ClaimReview</h2>
          <div className="report-toolbar">
            <a className="button primary" href={downloadHref} download>
              Download JSON-LD
            </a>
          </div>
        </div>
        <p className="muted small">
          schema.org ClaimReview for each published verdict, as search engines and fact-check aggregators read it. Only published
          verdicts appear; article details are included only where they are known.
        </p>
        {reviews.length === 0 ? (
          <p>No verdict on this board is published yet, so there is nothing to publish as ClaimReview.</p>
        ) : (
          <ol className="claim-review-list">
            {reviews.map((review, index) => {
              const fields = review as unknown as TReviewFields;
              const rating = fields.reviewRating as (Rating & { alternateName?: string; ratingValue?: number }) | undefined;
              return (
                <li key={index}>
                  <p className="claim-review-claim">{fields.claimReviewed}</p>
                  <p>
                    Rated <strong>{rating?.alternateName}</strong>
                    {typeof rating?.ratingValue === "number" ? ` (${rating.ratingValue} of 5)` : " (not on the 1 to 5 scale)"}
                    {fields.datePublished ? `, published ${fields.datePublished}` : ""}.
                  </p>
                  {fields.reviewBody ? <p className="muted">{fields.reviewBody}</p> : null}
                  {fields.url ? (
                    <p className="small">
                      <a href={fields.url}>{fields.url}</a>
                    </p>
                  ) : (
                    <p className="small muted">No address: the public URL is not known.</p>
                  )}
                </li>
              );
            })}
          </ol>
        )}
        <h3>JSON-LD</h3>
        <pre className="claim-review-json" tabIndex={0} aria-label="ClaimReview JSON-LD">
          {json}
        </pre>
      </section>
    </div>
  );
}
