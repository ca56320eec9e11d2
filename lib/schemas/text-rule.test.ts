import { describe, expect, it } from "vitest";
import { findTextIssue, MAX_JSON_DEPTH, textProblem } from "./text-rule";

describe("textProblem", () => {
  it("accepts ordinary text, emoji and other astral characters", () => {
    for (const text of ["", "plain", "naïve café", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 👍🏽", "tab\tand\nnewline", "\uFFFD"]) expect(textProblem(text), text).toBeNull();
  });
  it("refuses NUL anywhere", () => {
    expect(textProblem("a\u0000b")).toMatch(/NUL character \(U\+0000\)/);
    expect(textProblem("\u0000")).toMatch(/NUL/);
  });
  it("refuses a lone high or low surrogate, naming it, but not a pair", () => {
    expect(textProblem("a\uD800b")).toBe("contains a lone UTF-16 surrogate (U+D800), which is not valid Unicode text");
    expect(textProblem("end\uDBFF")).toMatch(/U\+DBFF/);
    expect(textProblem("\uDC00start")).toMatch(/U\+DC00/);
    expect(textProblem("\uDE00\uD83D")).toMatch(/U\+DE00/); // reversed pair
    expect(textProblem("\uD83D\uDE00")).toBeNull();
  });
});

describe("findTextIssue", () => {
  it("names the field of a bad value, in objects and arrays", () => {
    expect(findTextIssue({ title: "fine", article: { text: "a\uD800b" } })).toEqual({
      path: "article.text",
      message: "article.text contains a lone UTF-16 surrogate (U+D800), which is not valid Unicode text",
    });
    expect(findTextIssue({ claimIds: ["ok", "x\u0000"] })?.path).toBe("claimIds.1");
  });
  it("checks keys too", () => {
    expect(findTextIssue({ overrides: { ["bad\uD800"]: {} } })?.message).toMatch(/^a field name in overrides contains a lone UTF-16 surrogate/);
  });
  it("refuses nesting deeper than the limit without exhausting the stack", () => {
    let deep: unknown = "leaf";
    for (let level = 0; level < 100_000; level++) deep = [deep];
    expect(findTextIssue({ deep })?.message).toMatch(new RegExp(`nested too deeply \\(at most ${MAX_JSON_DEPTH} levels\\)`));
    let shallow: unknown = "leaf";
    for (let level = 0; level < MAX_JSON_DEPTH - 1; level++) shallow = { a: shallow };
    expect(findTextIssue(shallow)).toBeNull();
  });
  it("ignores numbers, booleans and null", () => {
    expect(findTextIssue({ a: 1, b: true, c: null, d: [1.5, false] })).toBeNull();
  });
});
