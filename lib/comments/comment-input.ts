import { z } from "zod";
import { LIMITS, tooLongError, ZId } from "../schemas/fields";

// Threading rule: a discussion is a list of threads, each a root comment with
// replies one level deep, as in most newsroom tools. A reply to a reply joins
// the same thread (the data layer attaches it to the root), so threads never
// become a staircase that is hard to follow in a narrow panel.

/** Mentions are stored as tokens, so the limit applies to the stored body. */
export const COMMENT_BODY_MAX = LIMITS.longText;

const ZCommentBody = z
  .string({ error: "body must be text" })
  .trim()
  .min(1, "body is required: write something before posting")
  .max(COMMENT_BODY_MAX, tooLongError("body", COMMENT_BODY_MAX));

export const ZCommentCreateInput = z.strictObject(
  {
    body: ZCommentBody,
    /** The comment being replied to; leave it out (or null) to start a thread. */
    parentId: ZId.nullable().optional(),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `a comment does not take: ${issue.keys.join(", ")}` : undefined) },
);
export type TCommentCreateInput = z.infer<typeof ZCommentCreateInput>;

export const ZCommentUpdateInput = z.strictObject(
  { body: ZCommentBody },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys" ? `only the body of a comment can be changed, not: ${issue.keys.join(", ")}` : undefined,
  },
);
export type TCommentUpdateInput = z.infer<typeof ZCommentUpdateInput>;

/** Restoring takes nothing: the text comes back from the deletion's log entry, never from the client. */
export const ZCommentRestoreInput = z.strictObject(
  {},
  { error: (issue) => (issue.code === "unrecognized_keys" ? `restoring a comment takes no fields, not: ${issue.keys.join(", ")}` : undefined) },
);
