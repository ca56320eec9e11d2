import { describe, expect, it } from "vitest";
import type { TClaimView } from "../board/types";
import { testClaim } from "../testing/test-board";
import { VERDICT_SCALE } from "../verdicts/verdict-scale";
import { resolveVerdictScale } from "../verdicts/verdict-scale-overrides";
import { buildClaimReviewGraph, type TClaimReviewSource } from "./claim-review";

const published = (id: string, verdict: TClaimView["verdict"], publishedAt = "2026-03-04T22:30:00.000Z"): TClaimView => ({
  ...testClaim(id, verdict),
  stage: "published",
  publishedAt,
  verdictRationale: `Why ${id} is rated so.`,
});

const knownArticle = {
  title: "The battle for Basra",
  byline: "Jonathan Steele",
  publisher: "The Guardian",
  publishedOn: "2008-04-01",
  url: "https://example.org/basra",
};
const unknownArticle = { title: null, byline: null, publisher: null, publishedOn: null, url: null };

function source(overrides: Partial<TClaimReviewSource> = {}): TClaimReviewSource {
  return {
    article: knownArticle,
    claims: [published("c1", "false"), { ...testClaim("c2", "verified"), stage: "ready_for_review" }, published("c3", "opinion")],
    workspaceName: "Basra Desk",
    verdictScale: VERDICT_SCALE,
    boardId: "b1",
    origin: "https://claims.example",
    ...overrides,
  };
}

const reviewsOf = (input: TClaimReviewSource) => buildClaimReviewGraph(input)["@graph"] as readonly Record<string, unknown>[];

describe("buildClaimReviewGraph", () => {
  it("is a schema.org JSON-LD graph with a ClaimReview per published claim, in reading order", () => {
    const graph = buildClaimReviewGraph(source());
    expect(graph["@context"]).toBe("https://schema.org");
    expect(reviewsOf(source()).map((review) => review.claimReviewed)).toEqual(["Statement c1", "Statement c3"]);
  });

  it("leaves out claims whose verdict is not published, whatever their verdict field says", () => {
    const claims = (["unassigned", "researching", "ready_for_review", "returned"] as const).map((stage) => ({
      ...testClaim(stage, "false"),
      stage,
    }));
    expect(reviewsOf(source({ claims }))).toEqual([]);
  });

  it("describes a review fully: author, date, rating and the article it appeared in", () => {
    expect(reviewsOf(source())[0]).toEqual({
      "@type": "ClaimReview",
      url: `https://claims.example/boards/b1/claims/${testClaim("c1", "false").number}`,
      claimReviewed: "Statement c1",
      reviewBody: "Why c1 is rated so.",
      itemReviewed: {
        "@type": "Claim",
        appearance: {
          "@type": "CreativeWork",
          url: "https://example.org/basra",
          headline: "The battle for Basra",
          author: "Jonathan Steele",
          publisher: "The Guardian",
          datePublished: "2008-04-01",
        },
      },
      author: { "@type": "Organization", name: "Basra Desk" },
      datePublished: "2026-03-04",
      reviewRating: { "@type": "Rating", ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: "False" },
    });
  });

  it("leaves unknown article details out instead of inventing them", () => {
    const partial = reviewsOf(source({ article: { ...unknownArticle, title: "Headline only" } }))[0];
    expect(partial?.itemReviewed).toEqual({ "@type": "Claim", appearance: { "@type": "CreativeWork", headline: "Headline only" } });
    // Nothing known about the article: no empty CreativeWork either.
    expect(reviewsOf(source({ article: unknownArticle }))[0]?.itemReviewed).toEqual({ "@type": "Claim" });
  });

  it("leaves out the review's address and date when they are not known", () => {
    const review = reviewsOf(source({ origin: null, claims: [{ ...published("c1", "false"), publishedAt: null }] }))[0];
    expect(review).not.toHaveProperty("url");
    expect(JSON.stringify(review)).not.toContain("localhost");
    expect(review).not.toHaveProperty("datePublished");
  });

  it("gives each review its own claim's permalink", () => {
    const claims = [{ ...published("c1", "false"), number: 7 }, { ...published("c3", "opinion"), number: 12 }];
    expect(reviewsOf(source({ claims })).map((review) => review.url)).toEqual([
      "https://claims.example/boards/b1/claims/7",
      "https://claims.example/boards/b1/claims/12",
    ]);
  });

  it("names the claim's author where known: its speaker, or the article's byline when the speaker is the author", () => {
    const said = (speaker: string, article: TClaimReviewSource["article"] = knownArticle) =>
      (reviewsOf(source({ article, claims: [{ ...published("c1", "false"), speaker }] }))[0]?.itemReviewed as Record<string, unknown>).author;
    expect(said("US officials")).toEqual({ name: "US officials" });
    expect(said("the author")).toEqual({ name: "Jonathan Steele" });
    // Unknown: no author at all rather than a guessed one.
    expect(said("")).toBeUndefined();
    expect(said("the author", unknownArticle)).toBeUndefined();
  });

  it("leaves reviewBody out when the rationale is empty", () => {
    const review = reviewsOf(source({ claims: [{ ...published("c1", "false"), verdictRationale: "  " }] }))[0];
    expect(review).not.toHaveProperty("reviewBody");
  });

  it("omits ratingValue for a verdict the scale does not rate, but still names it", () => {
    const opinion = reviewsOf(source())[1];
    expect(opinion?.reviewRating).toEqual({ "@type": "Rating", bestRating: 5, worstRating: 1, alternateName: "Opinion" });
  });

  it("uses the workspace's own labels and ratings", () => {
    const verdictScale = resolveVerdictScale({ false: { label: "Pants on fire", ratingValue: 2 }, opinion: { label: "Comment", ratingValue: 3 } });
    const [falseReview, opinionReview] = reviewsOf(source({ verdictScale }));
    expect(falseReview?.reviewRating).toMatchObject({ ratingValue: 2, alternateName: "Pants on fire" });
    expect(opinionReview?.reviewRating).toMatchObject({ ratingValue: 3, alternateName: "Comment" });
  });

  it("survives a JSON round trip unchanged (no undefined values or dates left in)", () => {
    const graph = buildClaimReviewGraph(source({ article: unknownArticle, origin: null }));
    expect(JSON.parse(JSON.stringify(graph))).toStrictEqual(graph);
  });
});
