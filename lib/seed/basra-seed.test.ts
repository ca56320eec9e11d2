import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { splitIntoParagraphs } from "../anchoring/highlight-segments";
import { anchorMatchesText } from "../anchoring/verify-text-anchor";
import { BASRA_SEED_KEY, readSeedBoard } from "./read-seed-board";

// The seed is the fact-check's own data, so it is held to the article.
const plan = readSeedBoard(BASRA_SEED_KEY);
const shared = new URL("../../../shared/seed/basra-2008-steele.txt", import.meta.url);

describe("the Basra seed board", () => {
  it("carries the article exactly as received", () => {
    expect(plan.text.endsWith("\nJonathan Steele")).toBe(true);
    expect(plan.text.split("\n")).toHaveLength(14);
    let received: string | null = null;
    try {
      received = readFileSync(shared, "utf8");
    } catch {
      // shared/ sits beside the repository in development and CI; a lone clone has only the copy.
    }
    if (received !== null) expect(plan.text).toBe(received);
  });

  it("records no headline, outlet, date or URL the text does not give", () => {
    expect(plan.article).toMatchObject({ title: null, publisher: null, publishedOn: null, url: null, byline: "Jonathan Steele" });
  });

  it("anchors every claim to exactly its quote, with both selectors", () => {
    expect(plan.claims.length).toBeGreaterThanOrEqual(30);
    for (const claim of plan.claims) {
      expect(claim.selector.exact, claim.key).toBe(claim.quote);
      expect(plan.text.slice(claim.selector.start, claim.selector.end), claim.key).toBe(claim.quote);
      expect(anchorMatchesText(plan.text, claim.selector), claim.key).toBe(true);
      expect(plan.text.indexOf(claim.quote)).toBe(plan.text.lastIndexOf(claim.quote));
    }
  });

  it("covers every paragraph of the article, and no claim is on the byline", () => {
    const paragraphs = splitIntoParagraphs(plan.text);
    const byline = paragraphs.at(-1)!;
    for (const paragraph of paragraphs.slice(0, -1)) {
      const inside = plan.claims.filter((c) => c.selector.start >= paragraph.start && c.selector.end <= paragraph.end);
      expect(inside.length, `paragraph ${paragraph.index + 1}`).toBeGreaterThan(0);
    }
    expect(plan.claims.filter((c) => c.selector.end > byline.start)).toEqual([]);
  });

  it("includes the claims the issue names", () => {
    const quotes = plan.claims.map((c) => c.quote).join("\n");
    for (const fragment of [
      "was not the main factor in lessening sectarian attacks", // the surge's share
      "the Americans approved the assault",
      "The ceasefire announced by Sadr last August",
      "extra 30,000 US troops",
      "Some 1,600 had been hoping to leave Iraq this spring",
      "an estimated two thousand",
      "Dick Cheney, was in Baghdad two weeks earlier",
      "positive moment in the development of a sovereign nation",
      "several commanders and units going over to the Sadrist militias",
      "The number of deaths is unknown, but is probably several hundred",
    ]) {
      expect(quotes, fragment).toContain(fragment);
    }
  });

  it("marks opinion as not checkable and leaves every checkable claim unverified", () => {
    for (const claim of plan.claims) {
      expect(claim.verdict, claim.key).toBe(claim.checkable ? "unverified" : "opinion");
    }
    expect(plan.claims.some((c) => !c.checkable)).toBe(true);
  });

  it("maps the article's argument: Sadr strengthened and Maliki weakened make the assault foolish", () => {
    expect(plan.relations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ from: "sadr-strengthened", to: "assault-foolish", type: "supports" }),
        expect.objectContaining({ from: "maliki-weakened", to: "assault-foolish", type: "supports" }),
      ]),
    );
    expect(plan.relations.some((r) => r.type === "attacks")).toBe(true);
  });

  it("records the sources the article cites as cited in the article, quoting only the article", () => {
    const cited = plan.evidence.filter((e) => e.sourceType === "cited_in_article");
    const titles = cited.map((e) => e.title).join("\n");
    for (const source of ["Des Browne", "ceasefire announcement", "Bush", "briefings to American journalists", "timetable"]) {
      expect(titles, source).toContain(source);
    }
    for (const item of cited) {
      expect(plan.text, item.key).toContain(item.excerpt);
      expect(item.url).toBeNull();
      expect(item.publishedOn).toBeNull();
    }
  });

  it("invents no URL, and external records carry no quotation", () => {
    for (const item of plan.evidence) {
      expect(item.url, item.key).toBeNull();
      if (item.sourceType !== "cited_in_article") expect(item.excerpt.startsWith("Summary (not a quotation): "), item.key).toBe(true);
    }
  });

  it("links evidence at least twelve times, with supporting and disputing stances", () => {
    expect(plan.links.length).toBeGreaterThanOrEqual(12);
    expect(plan.links.some((l) => l.stance === "supports")).toBe(true);
    expect(plan.links.some((l) => l.stance === "disputes")).toBe(true);
  });
});
