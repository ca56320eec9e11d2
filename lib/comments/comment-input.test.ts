import { describe, expect, it } from "vitest";
import { COMMENT_BODY_MAX, ZCommentCreateInput, ZCommentUpdateInput } from "./comment-input";

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe("ZCommentCreateInput", () => {
  it("accepts a body, trimmed, with or without a parent", () => {
    expect(ZCommentCreateInput.parse({ body: "  Source? " })).toEqual({ body: "Source?" });
    expect(ZCommentCreateInput.parse({ body: "Yes", parentId: "c_1" })).toEqual({ body: "Yes", parentId: "c_1" });
    expect(ZCommentCreateInput.parse({ body: "Yes", parentId: null })).toEqual({ body: "Yes", parentId: null });
  });
  it("refuses blank, over-long and non-text bodies with a message a person can act on", () => {
    expect(messages(ZCommentCreateInput.safeParse({ body: "   " }))).toEqual(["body is required: write something before posting"]);
    expect(messages(ZCommentCreateInput.safeParse({ body: "x".repeat(COMMENT_BODY_MAX + 1) }))).toEqual([
      "body is too long (at most 10,000 characters, counted as UTF-16 code units: some emoji count as 2)",
    ]);
    expect(messages(ZCommentCreateInput.safeParse({ body: 5 }))).toEqual(["body must be text"]);
    expect(ZCommentCreateInput.safeParse({ body: "x".repeat(COMMENT_BODY_MAX) }).success).toBe(true);
  });
  it("refuses a malformed parent id and fields a comment does not take", () => {
    expect(ZCommentCreateInput.safeParse({ body: "x", parentId: "a b" }).success).toBe(false);
    expect(messages(ZCommentCreateInput.safeParse({ body: "x", authorId: "u1" }))).toEqual(["a comment does not take: authorId"]);
  });
});

describe("ZCommentUpdateInput", () => {
  it("changes only the body", () => {
    expect(ZCommentUpdateInput.parse({ body: " new " })).toEqual({ body: "new" });
    expect(messages(ZCommentUpdateInput.safeParse({ body: "x", parentId: "p" }))).toEqual([
      "only the body of a comment can be changed, not: parentId",
    ]);
    expect(messages(ZCommentUpdateInput.safeParse({}))).toEqual(["body must be text"]);
  });
});
