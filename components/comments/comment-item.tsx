"use client";

import { useRef, useState } from "react";
import type { TMemberView } from "@/lib/board/types";
import { mentionsToPlainText, mentionTokens } from "@/lib/comments/mentions";
import { describeAbsoluteTime, describeRelativeTime } from "@/lib/comments/relative-time";
import type { TCommentView } from "@/lib/comments/types";
import { useBoardStore } from "../board/board-store";
import { FormError } from "../ui/form-error";
import { useAsyncAction } from "../ui/use-async-action";
import { useOfferUndo } from "../ui/undo-toast";
import { CommentBody } from "./comment-body";
import { CommentComposer } from "./comment-composer";

/** What every comment in a discussion needs to know about its surroundings. */
export type TDiscussionContext = {
  claimId: string;
  members: readonly TMemberView[];
  mentionable: readonly TMemberView[];
  viewerId: string | null;
  canComment: boolean;
  now: Date;
  onSaved: (comment: TCommentView, how?: { restored?: boolean }) => void;
};

/** One comment: author, when, "(edited)", the text with mentions, and Reply / Edit / Delete where allowed. */
export function CommentItem({
  comment,
  context,
  onReply,
}: {
  comment: TCommentView;
  context: TDiscussionContext;
  onReply: (comment: TCommentView, from: HTMLButtonElement) => void;
}) {
  const { api } = useBoardStore();
  const [editing, setEditing] = useState(false);
  const { pending, error, run } = useAsyncAction();
  const editButton = useRef<HTMLButtonElement>(null);
  const article = useRef<HTMLElement>(null);
  const deleted = comment.deletedAt !== null;
  const mine = context.canComment && comment.authorId === context.viewerId;
  const mentionsViewer = !deleted && context.viewerId !== null && comment.mentions.includes(context.viewerId);
  const createdAt = describeAbsoluteTime(comment.createdAt);

  const stopEditing = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };
  const offerUndo = useOfferUndo();
  // No "are you sure?": Undo is offered instead, and brings the very text back (from the activity log, on the server).
  const remove = () => {
    void run(async () => {
      context.onSaved(await api.deleteComment(context.claimId, comment.id));
      requestAnimationFrame(() => article.current?.focus());
      offerUndo({
        message: "Your comment was deleted. Replies stay.",
        undo: async () => context.onSaved(await api.restoreComment(context.claimId, comment.id), { restored: true }),
      });
    });
  };

  return (
    <article
      ref={article}
      tabIndex={-1}
      className={mentionsViewer ? "comment comment-mentions-you" : "comment"}
      aria-label={deleted ? "Deleted comment" : `Comment by ${comment.authorName}`}
      data-comment-id={comment.id}
    >
      <p className="comment-meta small">
        {deleted ? null : <strong className="comment-author">{comment.authorName}</strong>}{" "}
        <time dateTime={comment.createdAt} title={createdAt}>
          {describeRelativeTime(comment.createdAt, context.now)}
        </time>{" "}
        <span className="muted comment-absolute">({createdAt})</span>
        {comment.editedAt && !deleted ? (
          <>
            {" "}
            <span className="comment-edited muted" title={`Edited ${describeAbsoluteTime(comment.editedAt)}`}>
              (edited)
            </span>
          </>
        ) : null}
        {mentionsViewer ? <span className="chip mentions-you-chip">@ Mentions you</span> : null}
      </p>
      {deleted ? (
        <p className="comment-body comment-deleted">Comment deleted</p>
      ) : editing ? (
        <CommentComposer
          label="Edit your comment"
          submitLabel="Save comment"
          members={context.members}
          mentionable={context.mentionable}
          initialText={mentionsToPlainText(comment.body, context.members)}
          initialPicked={context.members.filter((member) =>
            mentionTokens(comment.body).some((mention) => mention.userId === member.userId),
          )}
          autoFocus
          onSubmit={async (body) => {
            context.onSaved(await api.updateComment(context.claimId, comment.id, { body }));
            stopEditing();
          }}
          onCancel={stopEditing}
        />
      ) : (
        <CommentBody body={comment.body} members={context.members} viewerId={context.viewerId} />
      )}
      {!deleted && !editing && context.canComment ? (
        <div className="comment-actions">
          <button type="button" className="button small quiet" onClick={(event) => onReply(comment, event.currentTarget)}>
            Reply
          </button>
          {mine ? (
            <>
              <button ref={editButton} type="button" className="button small quiet" onClick={() => setEditing(true)}>
                Edit
              </button>
              <button type="button" className="button small quiet danger" onClick={remove} disabled={pending}>
                Delete
              </button>
            </>
          ) : null}
        </div>
      ) : null}
      <FormError message={error} />
    </article>
  );
}
