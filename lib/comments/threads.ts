import type { TCommentView } from "./types";

export type TCommentThread = { root: TCommentView; replies: TCommentView[] };

/** Where a reply to `parent` attaches: its thread's root (replies are one level deep). */
export function threadRootId(parent: Pick<TCommentView, "id" | "parentId">): string {
  return parent.parentId ?? parent.id;
}

const byTime = (a: TCommentView, b: TCommentView) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/**
 * Threads oldest first, each with its replies oldest first. A reply to a reply
 * joins its root's thread; one whose parent is missing stands as its own thread.
 */
export function groupIntoThreads(comments: readonly TCommentView[]): TCommentThread[] {
  const sorted = [...comments].sort(byTime);
  const byId = new Map(sorted.map((comment) => [comment.id, comment]));
  const rootOf = (comment: TCommentView): TCommentView => {
    let current = comment;
    // Bounded by the list's length, so a cycle in bad data can't loop forever.
    for (let step = 0; step < sorted.length && current.parentId && byId.has(current.parentId); step++) {
      current = byId.get(current.parentId)!;
    }
    return current;
  };
  const threads = new Map<string, TCommentThread>();
  for (const comment of sorted) {
    const root = rootOf(comment);
    const thread = threads.get(root.id) ?? { root, replies: [] };
    threads.set(root.id, thread);
    if (root !== comment) thread.replies.push(comment);
  }
  return [...threads.values()];
}

// How far along a comment's life a copy is: a replay that arrives late never undoes an edit or a delete.
const stage = (comment: TCommentView) => [comment.deletedAt ? 1 : 0, comment.editedAt ?? ""] as const;

function isOlder(candidate: TCommentView, existing: TCommentView): boolean {
  const [deletedA, editedA] = stage(candidate);
  const [deletedB, editedB] = stage(existing);
  return deletedA !== deletedB ? deletedA < deletedB : editedA < editedB;
}

/** Adds or replaces one comment in a claim's list, never going back to an older copy of it. */
export function upsertComment(comments: readonly TCommentView[], comment: TCommentView): TCommentView[] {
  const index = comments.findIndex((existing) => existing.id === comment.id);
  if (index === -1) return [...comments, comment].sort(byTime);
  if (isOlder(comment, comments[index]!)) return comments as TCommentView[];
  const next = comments.slice();
  next[index] = comment;
  return next;
}

/**
 * A comment restored after its deletion (Undo): the one case where a copy that is not deleted
 * replaces a deleted one, so upsertComment's never-go-back rule must not stop it.
 */
export function restoreInList(comments: readonly TCommentView[], comment: TCommentView): TCommentView[] {
  const index = comments.findIndex((existing) => existing.id === comment.id);
  if (index === -1) return upsertComment(comments, comment);
  const next = comments.slice();
  next[index] = comment;
  return next;
}
