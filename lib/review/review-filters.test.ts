import { describe, expect, it } from "vitest";
import type { TBoardViewer, TClaimView } from "../board/types";
import { testClaim } from "../testing/test-board";
import {
  NO_REVIEW_FILTERS,
  activeReviewFilterCount,
  filterReviewClaims,
  isReviewFilterActive,
  parseReviewFilters,
  reviewFiltersSearch,
  type TReviewFilters,
} from "./review-filters";

const editor: TBoardViewer = { userId: "u-editor", name: "Edith", role: "editor" };
const checker: TBoardViewer = { userId: "u-checker", name: "Chen", role: "checker" };
const reader: TBoardViewer = { userId: null, name: null, role: null };

const claim = (id: string, overrides: Partial<TClaimView> = {}): TClaimView => ({ ...testClaim(id), ...overrides });
const filters = (overrides: Partial<TReviewFilters>): TReviewFilters => ({ ...NO_REVIEW_FILTERS, ...overrides });
const ids = (claims: TClaimView[]) => claims.map((c) => c.id);

describe("parseReviewFilters", () => {
  it("reads every filter from the address", () => {
    expect(
      parseReviewFilters(
        "?assignee=u-1&mine=1&awaiting=true&stage=researching,returned&verdict=false&kind=quantity&q=Sadr&strength=weak-conclusions&sort=weakest",
      ),
    ).toEqual({
      assignee: "u-1",
      mine: true,
      awaiting: true,
      stages: ["researching", "returned"],
      verdicts: ["false"],
      kinds: ["quantity"],
      q: "Sadr",
      strength: "weak-conclusions",
      sort: "weakest",
    });
  });

  it("keeps the strength filter and sort in the address, and drops unknown ones", () => {
    const filters = { ...NO_REVIEW_FILTERS, strength: "weak" as const, sort: "strongest" as const };
    expect(reviewFiltersSearch(filters)).toBe("?strength=weak&sort=strongest");
    expect(parseReviewFilters("?strength=strong&sort=sideways")).toEqual(NO_REVIEW_FILTERS);
  });

  it("gives no filters for an empty address", () => {
    expect(parseReviewFilters("")).toEqual(NO_REVIEW_FILTERS);
    expect(isReviewFilterActive(NO_REVIEW_FILTERS)).toBe(false);
  });

  it("counts the filters set besides the search, each list once", () => {
    expect(activeReviewFilterCount(NO_REVIEW_FILTERS)).toBe(0);
    expect(activeReviewFilterCount(parseReviewFilters("?q=Sadr"))).toBe(0);
    expect(activeReviewFilterCount(parseReviewFilters("?stage=researching,returned&verdict=false"))).toBe(2);
    expect(
      activeReviewFilterCount(
        parseReviewFilters("?assignee=none&mine=1&awaiting=1&stage=returned&verdict=false&kind=quantity&strength=weak&sort=weakest"),
      ),
    ).toBe(8);
  });

  it("drops bad values instead of failing", () => {
    const parsed = parseReviewFilters(
      "?assignee=%3Cscript%3E&mine=yes&awaiting=0&stage=researching,archived,,&verdict=FALSE,true&kind=quantity;drop",
    );
    expect(parsed).toEqual({ ...NO_REVIEW_FILTERS, stages: ["researching"] });
  });

  it("accepts repeated parameters and puts lists in vocabulary order without duplicates", () => {
    const parsed = parseReviewFilters(new URLSearchParams("stage=published&stage=unassigned,published&verdict=false,verified"));
    expect(parsed.stages).toEqual(["unassigned", "published"]);
    expect(parsed.verdicts).toEqual(["verified", "false"]);
  });

  it("accepts `none` as the assignee (claims nobody has) and a bare flag as on", () => {
    expect(parseReviewFilters("?assignee=none&mine").assignee).toBe("none");
    expect(parseReviewFilters("?mine").mine).toBe(true);
  });

  it("caps an over-long search rather than dropping it", () => {
    expect(parseReviewFilters(`?q=${"a".repeat(500)}`).q).toHaveLength(200);
  });
});

describe("reviewFiltersSearch", () => {
  it("round-trips through the address", () => {
    const set = filters({
      assignee: "u-1",
      mine: true,
      awaiting: true,
      stages: ["returned", "researching"],
      verdicts: ["false", "verified"],
      kinds: ["quantity"],
      q: "al-Sadr’s militia",
    });
    const search = reviewFiltersSearch(set);
    expect(search).toBe(
      "?assignee=u-1&mine=1&awaiting=1&stage=researching,returned&verdict=verified,false&kind=quantity&q=al-Sadr%E2%80%99s+militia",
    );
    expect(parseReviewFilters(search)).toEqual({ ...set, stages: ["researching", "returned"], verdicts: ["verified", "false"] });
  });

  it("leaves out unset filters and blank searches, and keeps other parameters", () => {
    expect(reviewFiltersSearch(NO_REVIEW_FILTERS)).toBe("");
    expect(reviewFiltersSearch(filters({ q: "   " }))).toBe("");
    expect(reviewFiltersSearch(filters({ mine: true }), "?claim=c1&mine=1&stage=published")).toBe("?claim=c1&mine=1");
  });
});

describe("filterReviewClaims", () => {
  const board = {
    claims: [
      claim("c1", { statement: "Moqtada al-Ṣadr’s Mahdi army held Basra", stage: "unassigned" }),
      claim("c2", { stage: "researching", assigneeId: "u-checker", kind: "quantity" }),
      claim("c3", { stage: "ready_for_review", assigneeId: "u-checker", proposedById: "u-checker", proposedVerdict: "false" }),
      claim("c4", { stage: "ready_for_review", assigneeId: "u-editor", proposedById: "u-editor", proposedVerdict: "verified" }),
      claim("c5", { stage: "published", assigneeId: "u-checker", verdict: "false", selector: { exact: "Maliki’s forces", prefix: "", suffix: "", start: 0, end: 1 } }),
      claim("c6", { verdict: "opinion" }),
    ],
  };

  it("keeps every claim, in board order, with no filter", () => {
    expect(ids(filterReviewClaims(board, NO_REVIEW_FILTERS, editor))).toEqual(["c1", "c2", "c3", "c4", "c5", "c6"]);
  });

  it("filters by assignee, and by nobody assigned", () => {
    expect(ids(filterReviewClaims(board, filters({ assignee: "u-editor" }), reader))).toEqual(["c4"]);
    expect(ids(filterReviewClaims(board, filters({ assignee: "none" }), reader))).toEqual(["c1", "c6"]);
  });

  it("shows my claims, and none to a reader who isn't signed in", () => {
    expect(ids(filterReviewClaims(board, filters({ mine: true }), checker))).toEqual(["c2", "c3", "c5"]);
    expect(ids(filterReviewClaims(board, filters({ mine: true }), reader))).toEqual([]);
  });

  it("waiting for my review: ready for review, proposed by someone else, and only for editors and owners", () => {
    expect(ids(filterReviewClaims(board, filters({ awaiting: true }), editor))).toEqual(["c3"]);
    expect(ids(filterReviewClaims(board, filters({ awaiting: true }), { ...editor, role: "owner" }))).toEqual(["c3"]);
    expect(ids(filterReviewClaims(board, filters({ awaiting: true }), checker))).toEqual([]);
    expect(ids(filterReviewClaims(board, filters({ awaiting: true }), reader))).toEqual([]);
  });

  it("filters by stages and kinds", () => {
    expect(ids(filterReviewClaims(board, filters({ stages: ["researching", "published"] }), editor))).toEqual(["c2", "c5"]);
    expect(ids(filterReviewClaims(board, filters({ kinds: ["quantity"] }), editor))).toEqual(["c2"]);
  });

  it("filters by the verdict the card shows: proposed, published or recorded, else unverified", () => {
    expect(ids(filterReviewClaims(board, filters({ verdicts: ["false"] }), editor))).toEqual(["c3", "c5"]);
    expect(ids(filterReviewClaims(board, filters({ verdicts: ["unverified"] }), editor))).toEqual(["c1", "c2"]);
    expect(ids(filterReviewClaims(board, filters({ verdicts: ["opinion", "verified"] }), editor))).toEqual(["c4", "c6"]);
  });

  it("searches statements and quotes, ignoring case, accents and typographic quotes; every word must match", () => {
    expect(ids(filterReviewClaims(board, filters({ q: "SADR's" }), editor))).toEqual(["c1"]);
    expect(ids(filterReviewClaims(board, filters({ q: "maliki's" }), editor))).toEqual(["c5"]);
    expect(ids(filterReviewClaims(board, filters({ q: "mahdi basra" }), editor))).toEqual(["c1"]);
    expect(ids(filterReviewClaims(board, filters({ q: "mahdi baghdad" }), editor))).toEqual([]);
  });

  it("combines filters: every one must match", () => {
    expect(ids(filterReviewClaims(board, filters({ assignee: "u-checker", stages: ["published"], verdicts: ["false"] }), editor))).toEqual([
      "c5",
    ]);
  });

  it("searches a claim's new text once it is saved", () => {
    const before = filterReviewClaims(board, filters({ q: "fallujah" }), editor);
    const saved = { claims: board.claims.map((c) => (c.id === "c2" ? { ...c, statement: "Fallujah" } : c)) };
    expect(ids(before)).toEqual([]);
    expect(ids(filterReviewClaims(saved, filters({ q: "fallujah" }), editor))).toEqual(["c2"]);
  });
});
