/** A comment on a claim, as the UI and the API see it. */
export type TCommentView = {
  id: string;
  claimId: string;
  /** The thread's root comment; null for a root. Replies never nest deeper (see comment-input.ts). */
  parentId: string | null;
  authorId: string;
  authorName: string;
  /** Text with mentions stored as `@[Display Name](userId)` tokens; "" once deleted. */
  body: string;
  /** The ids the body mentions, in order of first mention. */
  mentions: string[];
  createdAt: string;
  editedAt: string | null;
  /** Set when the author deleted it: the comment keeps its place in the thread as "Comment deleted". */
  deletedAt: string | null;
};
