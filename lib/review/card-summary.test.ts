import { describe, expect, it } from "vitest";
import type { TClaimView, TEvidenceLinkView, TEvidenceView } from "../board/types";
import { testClaim, testEvidence, testLink } from "../testing/test-board";
import { cardSummaries, cardVerdict, groupByStage, isOverdue, localDate, summariseProgress } from "./card-summary";

const claim = (id: string, overrides: Partial<TClaimView> = {}): TClaimView => ({ ...testClaim(id), ...overrides });
const source = (id: string, publisher: string | null, fields: Partial<TEvidenceView> = {}): TEvidenceView => ({
  ...testEvidence(id, publisher),
  ...fields,
});

describe("cardVerdict", () => {
  it("shows a pending or returned proposal as proposed", () => {
    expect(cardVerdict(claim("c", { stage: "ready_for_review", proposedVerdict: "false" }))).toEqual({ verdict: "false", status: "proposed" });
    expect(cardVerdict(claim("c", { stage: "returned", proposedVerdict: "misleading" }))).toEqual({
      verdict: "misleading",
      status: "proposed",
    });
  });

  it("shows a published claim's verdict as published", () => {
    expect(cardVerdict(claim("c", { stage: "published", verdict: "verified" }))).toEqual({ verdict: "verified", status: "published" });
  });

  it("labels an opinion as one, whether classed so or marked not checkable, the same as the article does", () => {
    expect(cardVerdict(claim("c", { verdict: "opinion" }))).toEqual({ verdict: "opinion", status: "opinion" });
    expect(cardVerdict(claim("c", { checkable: false }))).toEqual({ verdict: "opinion", status: "opinion" });
  });
  it("shows a verdict from before the workflow as recorded, and nothing for an unchecked claim", () => {
    expect(cardVerdict(claim("c", { verdict: "false" }))).toEqual({ verdict: "false", status: "recorded" });
    expect(cardVerdict(claim("c", { stage: "researching" }))).toBeNull();
  });
});

describe("isOverdue", () => {
  it("is overdue only when due before today and not published", () => {
    expect(isOverdue({ dueOn: "2026-03-09", stage: "researching" }, "2026-03-10")).toBe(true);
    expect(isOverdue({ dueOn: "2026-03-10", stage: "researching" }, "2026-03-10")).toBe(false);
    expect(isOverdue({ dueOn: "2026-03-09", stage: "published" }, "2026-03-10")).toBe(false);
    expect(isOverdue({ dueOn: null, stage: "unassigned" }, "2026-03-10")).toBe(false);
  });

  it("compares dates across a year boundary", () => {
    expect(isOverdue({ dueOn: "2025-12-31", stage: "returned" }, "2026-01-01")).toBe(true);
  });

  it("takes today in the reader's time zone", () => {
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
  });
});

describe("cardSummaries", () => {
  const evidence = [
    source("reuters", "Reuters"),
    source("reuters-2", "Reuters"),
    source("bbc", "BBC"),
    source("cited", "The Guardian", { sourceType: "cited_in_article" }),
    source("ctx", "AP"),
  ];
  const summarise = (c: TClaimView, links: TEvidenceLinkView[], today: string | null = "2026-03-10") =>
    cardSummaries({ evidence, links }, today).of(c);

  it("counts supporting and disputing links", () => {
    const summary = summarise(claim("c"), [
      testLink("1", "reuters", "c", "supports"),
      testLink("2", "bbc", "c", "supports"),
      testLink("3", "cited", "c", "disputes"),
      testLink("4", "ctx", "c", "context"),
      testLink("5", "bbc", "other", "supports"),
    ]);
    expect(summary).toMatchObject({ supports: 2, disputes: 1, verdict: null, independentSources: null, fewSources: false });
  });

  it("backs a verified verdict with supporting sources, one outlet counted once", () => {
    const published = claim("c", { stage: "published", verdict: "verified" });
    expect(summarise(published, [testLink("1", "reuters", "c", "supports"), testLink("2", "reuters-2", "c", "supports")])).toMatchObject({
      independentSources: 1,
      fewSources: true,
    });
    expect(summarise(published, [testLink("1", "reuters", "c", "supports"), testLink("2", "bbc", "c", "supports")])).toMatchObject({
      independentSources: 2,
      fewSources: false,
    });
  });

  it("backs a false verdict with disputing sources, not supporting ones", () => {
    const proposed = claim("c", { stage: "ready_for_review", proposedVerdict: "false" });
    const links = [testLink("1", "reuters", "c", "disputes"), testLink("2", "bbc", "c", "supports"), testLink("3", "ctx", "c", "context")];
    expect(summarise(proposed, links)).toMatchObject({ independentSources: 1, fewSources: true });
  });

  it("does not count the article's own citations as independent", () => {
    const proposed = claim("c", { stage: "ready_for_review", proposedVerdict: "misleading" });
    const links = [testLink("1", "reuters", "c", "disputes"), testLink("2", "cited", "c", "disputes")];
    expect(summarise(proposed, links)).toMatchObject({ disputes: 2, independentSources: 1, fewSources: true });
  });

  it("backs a disputed verdict with sources on either side", () => {
    const published = claim("c", { stage: "published", verdict: "disputed" });
    const links = [testLink("1", "reuters", "c", "supports"), testLink("2", "bbc", "c", "disputes")];
    expect(summarise(published, links)).toMatchObject({ independentSources: 2, fewSources: false });
  });

  it("never warns about opinion or unverifiable findings", () => {
    expect(summarise(claim("c", { stage: "published", verdict: "opinion" }), [])).toMatchObject({ independentSources: null, fewSources: false });
    expect(summarise(claim("c", { stage: "ready_for_review", proposedVerdict: "unverifiable" }), [])).toMatchObject({
      fewSources: false,
    });
  });

  it("marks overdue only once today is known", () => {
    const late = claim("c", { stage: "researching", dueOn: "2026-03-01" });
    expect(summarise(late, []).overdue).toBe(true);
    expect(summarise(late, [], null).overdue).toBe(false);
  });
});

describe("cardSummaries, one claim at a time", () => {
  const evidence = [source("reuters", "Reuters"), source("bbc", "BBC")];
  const links = [testLink("1", "reuters", "a", "supports"), testLink("2", "bbc", "a", "disputes"), testLink("3", "bbc", "b", "supports")];

  it("works a claim out once, and again when the board replaces the claim's object", () => {
    const summaries = cardSummaries({ evidence, links }, "2026-03-10");
    const before = claim("a");
    expect(summaries.of(before)).toBe(summaries.of(before));
    const published = { ...before, stage: "published" as const, verdict: "verified" as const };
    expect(summaries.of(published)).toMatchObject({ verdict: { verdict: "verified", status: "published" }, independentSources: 1 });
    expect(summaries.of(before).verdict).toBeNull();
  });
});

describe("summariseProgress", () => {
  it("counts published claims per verdict in the scale's order, and overdue unpublished ones", () => {
    const claims = [
      claim("a", { stage: "published", verdict: "false", dueOn: "2026-01-01" }),
      claim("b", { stage: "published", verdict: "verified" }),
      claim("c", { stage: "published", verdict: "false" }),
      claim("d", { stage: "researching", dueOn: "2026-01-01" }),
      claim("e", { stage: "unassigned", verdict: "opinion", dueOn: "2026-12-01" }),
    ];
    expect(summariseProgress(claims, "2026-03-10")).toEqual({
      total: 5,
      published: 3,
      publishedByVerdict: [
        { verdict: "verified", count: 1 },
        { verdict: "false", count: 2 },
      ],
      overdue: 1,
    });
    expect(summariseProgress(claims, null).overdue).toBe(0);
  });
});

describe("groupByStage", () => {
  it("puts each claim in its stage's column, keeping order, with every column present", () => {
    const columns = groupByStage([claim("a", { stage: "returned" }), claim("b"), claim("c", { stage: "returned" })]);
    expect(Object.keys(columns)).toEqual(["unassigned", "researching", "ready_for_review", "returned", "published"]);
    expect(columns.returned.map((c) => c.id)).toEqual(["a", "c"]);
    expect(columns.unassigned.map((c) => c.id)).toEqual(["b"]);
    expect(columns.published).toEqual([]);
  });
});
