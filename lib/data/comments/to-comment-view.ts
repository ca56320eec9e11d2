import "server-only";
import { z } from "zod";
import type { TCommentView } from "../../comments/types";
import type { Comment } from "../../db/generated/sqlite/client";

/** What every comment query includes so the view can name its author. */
export const COMMENT_WITH_AUTHOR = { author: { select: { name: true } } } as const;

const ZStoredMentions = z.array(z.string());

/**
 * A Comment row (loaded with COMMENT_WITH_AUTHOR) as the UI and the activity
 * log see it. Workflow code that writes comments directly records this view too.
 */
export function toCommentView(row: Comment & { author: { name: string } }): TCommentView {
  return {
    id: row.id,
    claimId: row.claimId,
    parentId: row.parentId,
    authorId: row.authorId,
    authorName: row.author.name,
    body: row.body,
    mentions: ZStoredMentions.parse(JSON.parse(row.mentions)),
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    deletedAt: row.deletedAt?.toISOString() ?? null,
  };
}
