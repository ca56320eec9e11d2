import { describe, expect, it } from "vitest";
import { matchEvidence } from "./match-evidence";

const item = (title: string, rest: Partial<{ publisher: string | null; url: string | null; excerpt: string }> = {}) => ({
  title,
  publisher: rest.publisher ?? null,
  url: rest.url ?? null,
  excerpt: rest.excerpt ?? "",
});

const items = [
  item("Ministry of Defence briefing", { publisher: "MoD", excerpt: "Forces reached the outskirts of Basra." }),
  item("Reuters wire report", { publisher: "Reuters", url: "https://example.org/basra-wire" }),
  item("Basra casualty figures", { publisher: "Iraq Body Count" }),
  item("Café owners' statement", { excerpt: "Shops reopened on Sunday." }),
];

describe("matchEvidence", () => {
  it("gives everything, in the board's order, for an empty query", () => {
    expect(matchEvidence(items, "  ").map((i) => i.title)).toEqual(items.map((i) => i.title));
  });

  it("searches title, publisher, link and excerpt, titles first", () => {
    expect(matchEvidence(items, "basra").map((i) => i.title)).toEqual([
      "Basra casualty figures",
      "Ministry of Defence briefing",
      "Reuters wire report",
    ]);
    expect(matchEvidence(items, "reuters").map((i) => i.title)).toEqual(["Reuters wire report"]);
  });

  it("needs every word, ignoring case and accents", () => {
    expect(matchEvidence(items, "CAFE sunday").map((i) => i.title)).toEqual(["Café owners' statement"]);
    expect(matchEvidence(items, "basra sunday")).toEqual([]);
  });
});
