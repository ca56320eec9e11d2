import { memo } from "react";
import type { TReviewProgress } from "@/lib/review/card-summary";
import { VerdictBadge } from "../claim/verdict-badge";

/** How far the board's check has got: published of all, published per verdict, overdue. */
export const ReviewProgress = memo(function ReviewProgress({ progress }: { progress: TReviewProgress }) {
  const { total, published, publishedByVerdict, overdue } = progress;
  return (
    <section className="review-progress" aria-label="Progress" data-testid="review-progress">
      <div className="review-progress-published">
        <p>
          <strong>
            {published} of {total}
          </strong>{" "}
          published
        </p>
        <progress max={Math.max(total, 1)} value={published} aria-label={`${published} of ${total} claims published`} />
      </div>
      {publishedByVerdict.length > 0 ? (
        <ul className="review-verdict-counts" aria-label="Published verdicts">
          {publishedByVerdict.map(({ verdict, count }) => (
            <li key={verdict}>
              <VerdictBadge verdict={verdict} /> <span className="review-verdict-count">{count}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">No verdicts published yet.</p>
      )}
      <p className={overdue > 0 ? "review-overdue" : "muted small"} data-testid="review-overdue-count">
        {overdue > 0 ? (
          <>
            <span aria-hidden="true">◷ </span>
            {overdue} overdue
          </>
        ) : (
          "Nothing overdue"
        )}
      </p>
    </section>
  );
});
