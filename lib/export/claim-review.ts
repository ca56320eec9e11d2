// schema.org ClaimReview (https://schema.org/ClaimReview) for a board's published
// verdicts, as JSON-LD that search engines and fact-check aggregators read.
// Only what is known goes in: an unknown article detail is left out, never guessed.
import type { Claim, ClaimReview, CreativeWork, Graph, Rating } from "schema-dts";
import { claimPermalinkPath } from "../board/claim-permalink";
import type { TArticleView, TClaimView } from "../board/types";
import type { TVerdictScale } from "../verdicts/verdict-scale-overrides";

export const CLAIM_REVIEW_BEST_RATING = 5;
export const CLAIM_REVIEW_WORST_RATING = 1;

export type TClaimReviewSource = {
  article: Pick<TArticleView, "title" | "byline" | "publisher" | "publishedOn" | "url">;
  /** In reading order; only published ones are reviewed. */
  claims: Pick<TClaimView, "id" | "number" | "statement" | "speaker" | "stage" | "verdict" | "verdictRationale" | "publishedAt">[];
  /** The fact-checking organisation: the workspace. */
  workspaceName: string;
  verdictScale: TVerdictScale;
  boardId: string;
  /** The public origin (https://claims.example.org) each claim's permalink is under; null when unknown, and then no review has a url. */
  origin: string | null;
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

// A seed's or an import's way of saying the claim is the article's own: its author is the byline.
const ARTICLE_AUTHOR_SPEAKER = /^(the )?(article'?s? )?author$/i;

/**
 * Who made the claim, where known: the speaker as recorded, or the byline when the speaker is "the author".
 * schema.org wants a Person or an Organization and the board does not say which, so the node names the author
 * without a type rather than guess one.
 */
function claimAuthor(speaker: string, byline: string | null): Claim["author"] | null {
  const named = ARTICLE_AUTHOR_SPEAKER.test(speaker.trim()) ? byline?.trim() : speaker.trim();
  if (!named) return null;
  return { name: named } as unknown as Claim["author"];
}

/** One ClaimReview per published claim, in reading order, as a JSON-LD graph. */
export function buildClaimReviewGraph(source: TClaimReviewSource): Graph {
  const appearance = articleAppearance(source.article);
  const reviews: ClaimReview[] = source.claims
    .filter((claim) => claim.stage === "published")
    .map((claim) => {
      const author = claimAuthor(claim.speaker, source.article.byline);
      const itemReviewed: Claim = { "@type": "Claim", ...(author ? { author } : {}), ...(appearance ? { appearance } : {}) };
      const rationale = claim.verdictRationale.trim();
      return {
        "@type": "ClaimReview",
        ...(source.origin ? { url: `${source.origin}${claimPermalinkPath(source.boardId, claim.number)}` } : {}),
        claimReviewed: claim.statement,
        ...(rationale ? { reviewBody: rationale } : {}),
        itemReviewed,
        author: { "@type": "Organization", name: source.workspaceName },
        ...(claim.publishedAt ? { datePublished: claim.publishedAt.slice(0, 10) } : {}),
        reviewRating: reviewRating(source.verdictScale[claim.verdict]),
      };
    });
  return { "@context": "https://schema.org", "@graph": reviews };
}
