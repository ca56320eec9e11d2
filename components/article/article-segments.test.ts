import { describe, expect, it } from "vitest";
import { buildArticleParagraphs } from "./article-segments";

describe("buildArticleParagraphs", () => {
  const text = "Alpha beta gamma.\nDelta epsilon.";

  it("splits paragraphs at newlines and keeps offsets into the whole text", () => {
    const paragraphs = buildArticleParagraphs(text, []);
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(["Alpha beta gamma.", "Delta epsilon."]);
    expect(paragraphs[1]!.segments).toEqual([{ start: 18, end: 32, text: "Delta epsilon.", ids: [] }]);
  });

  it("marks nested quotes innermost first and never leaks the paragraph ids", () => {
    const paragraphs = buildArticleParagraphs(text, [
      { id: "outer", start: 0, end: 17 },
      { id: "inner", start: 6, end: 10 },
    ]);
    const segments = paragraphs[0]!.segments;
    expect(segments.map((s) => [s.text, s.ids])).toEqual([
      ["Alpha ", ["outer"]],
      ["beta", ["inner", "outer"]],
      [" gamma.", ["outer"]],
    ]);
  });

  it("splits a quote that crosses a paragraph break into both paragraphs", () => {
    const paragraphs = buildArticleParagraphs(text, [{ id: "across", start: 11, end: 23 }]);
    expect(paragraphs[0]!.segments.at(-1)).toMatchObject({ text: "gamma.", ids: ["across"] });
    expect(paragraphs[1]!.segments[0]).toMatchObject({ text: "Delta", ids: ["across"] });
  });
});
