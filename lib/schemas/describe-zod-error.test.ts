import { describe, expect, it } from "vitest";
import { z } from "zod";
import { describeIssueInWords, describeZodError } from "./describe-zod-error";
import { ZEvidenceCreateInput } from "./evidence";

describe("describeZodError", () => {
  it("keeps each issue's dotted API path and message, for programs", () => {
    const parsed = z.object({ a: z.object({ b: z.string() }), c: z.number() }).safeParse({ a: { b: 1 }, c: "x" });
    if (parsed.success) throw new Error("expected a failure");
    const { issues } = describeZodError(parsed.error);
    expect(issues).toEqual(parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })));
    expect(issues.map((issue) => issue.path)).toEqual(["a.b", "c"]);
  });

  it("says what is wrong in plain words, naming fields as a person would, without the API prefix", () => {
    const parsed = ZEvidenceCreateInput.safeParse({ title: " ", sourceType: "other", url: "ftp://example.org/x", reliability: 7 });
    if (parsed.success) throw new Error("expected a failure");
    const { message } = describeZodError(parsed.error);
    expect(message).toBe(
      "The title is required. The source link must be a web address starting with http:// or https://. Reliability must be from 1 to 5.",
    );
    expect(message).not.toMatch(/\burl\b|: url/);
  });

  it("gives a sentence for a problem with the whole value", () => {
    const parsed = z.string().safeParse(1);
    if (parsed.success) throw new Error("expected a failure");
    const { message, issues } = describeZodError(parsed.error);
    expect(issues).toEqual([{ path: "", message: parsed.error.issues[0]!.message }]);
    expect(message).toMatch(/^Invalid input.*\.$/);
  });
});

describe("describeIssueInWords", () => {
  it("names nested and camel-case fields in words, skipping list positions", () => {
    expect(describeIssueInWords(["article", "url"], "article.url must be a web address")).toBe("The article link must be a web address.");
    expect(describeIssueInWords(["article", "byline"], "article.byline is too long")).toBe("The article byline is too long.");
    // The schema's message names only the last part; the whole path still decides the name.
    expect(describeIssueInWords(["article", "url"], "url must be a web address")).toBe("The article link must be a web address.");
    expect(describeIssueInWords(["items", 3, "sourceType"], "sourceType must be one of: a, b")).toBe("The source type must be one of: a, b.");
  });

  it("falls back to naming the field when the message does not start with it", () => {
    expect(describeIssueInWords(["speaker"], "Invalid input: expected string")).toBe("The speaker is not valid (invalid input: expected string).");
  });
});
