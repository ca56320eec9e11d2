// schema.org ClaimReview (https://schema.org/ClaimReview) for a board's published
// verdicts, as JSON-LD that search engines and fact-check aggregators read.
// Only what is known goes in: an unknown article detail is left out, never guessed.
import type { Claim, ClaimReview, CreativeWork, Graph, Rating } from "schema-dts";
import type { TArticleView, TClaimView } from "../board/types";
import type { TVerdictScale } from "../verdicts/verdict-scale-overrides";

export const CLAIM_REVIEW_BEST_RATING = 5;
export const CLAIM_REVIEW_WORST_RATING = 1;

export type TClaimReviewSource = {
  article: Pick<TArticleView, "title" | "byline" | "publisher" | "publishedOn" | "url">;
  /** In reading order; only published ones are reviewed. */
  claims: Pick<TClaimView, "id" | "statement" | "stage" | "verdict" | "publishedAt">[];
  /** The fact-checking organisation: the workspace. */
  workspaceName: string;
  verdictScale: TVerdictScale;
  /** Where the fact-check can be read (the board), when the address is known. */
  reviewUrl: string | null;
};

/** The checked article as a CreativeWork, or null when nothing about it is known. */
function articleAppearance(article: TClaimReviewSource["article"]): CreativeWork | null {
  const known = {
    ...(article.url ? { url: article.url } : {}),
    ...(article.title ? { headline: article.title } : {}),
    // A byline may name a person or an organisation; as text it claims neither.
    ...(article.byline ? { author: article.byline } : {}),
    ...(article.publisher ? { publisher: article.publisher } : {}),
    ...(article.publishedOn ? { datePublished: article.publishedOn } : {}),
  };
  return Object.keys(known).length > 0 ? { "@type": "CreativeWork", ...known } : null;
}

function reviewRating(style: TVerdictScale[keyof TVerdictScale]): Rating {
  return {
    "@type": "Rating",
    ...(style.ratingValue === null ? {} : { ratingValue: style.ratingValue }),
    bestRating: CLAIM_REVIEW_BEST_RATING,
    worstRating: CLAIM_REVIEW_WORST_RATING,
    alternateName: style.label,
  };
}

/** One ClaimReview per published claim, in reading order, as a JSON-LD graph. */
export function buildClaimReviewGraph(source: TClaimReviewSource): Graph {
  const appearance = articleAppearance(source.article);
  const reviews: ClaimReview[] = source.claims
    .filter((claim) => claim.stage === "published")
    .map((claim) => {
      const itemReviewed: Claim = { "@type": "Claim", ...(appearance ? { appearance } : {}) };
      return {
        "@type": "ClaimReview",
        ...(source.reviewUrl ? { url: source.reviewUrl } : {}),
        claimReviewed: claim.statement,
        itemReviewed,
        author: { "@type": "Organization", name: source.workspaceName },
        ...(claim.publishedAt ? { datePublished: claim.publishedAt.slice(0, 10) } : {}),
        reviewRating: reviewRating(source.verdictScale[claim.verdict]),
      };
    });
  return { "@context": "https://schema.org", "@graph": reviews };
}
