import { describe, expect, it } from "vitest";
import { searchExcerpt } from "./search-excerpt";
import { fts5MatchExpression, postgresTsQuery, readSearchQuery, SEARCH_MAX_TERMS, SEARCH_QUERY_MAX_LENGTH } from "./search-query";

const terms = (q: string) => {
  const read = readSearchQuery(q);
  if (!read.ok) throw new Error(read.problem);
  return read.terms;
};

describe("readSearchQuery", () => {
  it("reads words and numbers, a part per run of non-space, lower-cased", () => {
    expect(terms("  Some 1,600   TROOPS ")).toEqual([["some"], ["1", "600"], ["troops"]]);
    expect(terms("Ünïcode café")).toEqual([["ünïcode"], ["café"]]);
  });

  it("keeps no query syntax: operators, quotes, stars, colons and brackets are separators", () => {
    expect(terms('"basra" OR -troops* NEAR(a b) x:* a&b|!c ^d {e}')).toEqual([["basra"], ["or"], ["troops"], ["near", "a"], ["b"], ["x"], ["a", "b", "c"], ["d"], ["e"]]);
  });

  it("refuses what it can't search, saying why", () => {
    expect(readSearchQuery("")).toEqual({ ok: false, problem: expect.stringMatching(/at least one word/) });
    expect(readSearchQuery('"*() :')).toEqual({ ok: false, problem: expect.stringMatching(/at least one word/) });
    expect(readSearchQuery("a".repeat(SEARCH_QUERY_MAX_LENGTH + 1))).toEqual({ ok: false, problem: expect.stringMatching(/at most 200 characters/) });
    expect(readSearchQuery(Array.from({ length: SEARCH_MAX_TERMS + 1 }, (_, i) => `w${i}`).join(" "))).toEqual({ ok: false, problem: expect.stringMatching(/at most 12 words/) });
    expect(readSearchQuery("basra\u0000")).toEqual({ ok: false, problem: expect.stringMatching(/^q contains a NUL/) });
    expect(readSearchQuery("basra\uD800")).toEqual({ ok: false, problem: expect.stringMatching(/^q contains a lone UTF-16 surrogate/) });
  });
});

describe("the databases' queries", () => {
  it("writes each part as a phrase, all required, the last word a prefix", () => {
    const read = terms("1,600 troops Bas");
    expect(fts5MatchExpression(read)).toBe('"1 600" "troops" "bas"*');
    expect(postgresTsQuery(read)).toBe("1 <-> 600 & troops & bas:*");
  });
});

describe("searchExcerpt", () => {
  it("keeps short text whole and cuts long text around the first match, at word boundaries", () => {
    expect(searchExcerpt("A short  quote.", ["quote"])).toBe("A short quote.");
    const long = `${"lorem ".repeat(40)}the Basra ceasefire held ${"ipsum ".repeat(40)}`.trim();
    const excerpt = searchExcerpt(long, ["basra"]);
    expect(excerpt).toMatch(/^….*the Basra ceasefire held.*…$/);
    expect(excerpt.length).toBeLessThan(180);
    expect(long).toContain(excerpt.slice(1, -1));
  });
});
