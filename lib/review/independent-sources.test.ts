import { describe, expect, it } from "vitest";
import type { TEvidenceView } from "../board/types";
import { testEvidence } from "../testing/test-board";
import { countIndependentSources, sourceIdentities } from "./independent-sources";

const item = (id: string, fields: Partial<TEvidenceView>): TEvidenceView => ({ ...testEvidence(id), ...fields });

describe("countIndependentSources", () => {
  it("counts distinct publishers", () => {
    expect(countIndependentSources([item("a", { publisher: "Reuters" }), item("b", { publisher: "BBC News" })])).toBe(2);
  });

  it("counts one outlet once, however its name is written", () => {
    expect(
      countIndependentSources([
        item("a", { publisher: "The Guardian" }),
        item("b", { publisher: "guardian" }),
        item("c", { publisher: "  Le Monde " }),
        item("d", { publisher: "le  mondé" }),
      ]),
    ).toBe(2);
  });

  it("counts pages of one website once, with or without www", () => {
    expect(
      countIndependentSources([
        item("a", { url: "https://www.example.org/a" }),
        item("b", { url: "https://example.org/b" }),
        item("c", { url: "https://data.example.net/c" }),
      ]),
    ).toBe(2);
  });

  it("treats items sharing a publisher or a host as one source, transitively", () => {
    expect(
      countIndependentSources([
        item("a", { publisher: "Reuters", url: "https://reuters.com/x" }),
        item("b", { url: "https://www.reuters.com/y" }),
        item("c", { publisher: "Reuters", url: "https://news.yahoo.com/z" }),
        item("d", { url: "https://news.yahoo.com/w" }),
      ]),
    ).toBe(1);
  });

  it("never counts the article's own citations, nor items with no publisher or usable URL", () => {
    expect(
      countIndependentSources([
        item("a", { publisher: "The Guardian", sourceType: "cited_in_article" }),
        item("b", { publisher: null, url: null }),
        item("c", { publisher: "   ", url: "not a url" }),
      ]),
    ).toBe(0);
    expect(sourceIdentities(item("a", { publisher: "The Guardian", sourceType: "cited_in_article" }))).toEqual([]);
  });
});
