"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import type { TMemberView } from "@/lib/board/types";
import { groupIntoThreads, restoreInList, upsertComment, type TCommentThread } from "@/lib/comments/threads";
import type { TCommentView } from "@/lib/comments/types";
import { roleCan } from "@/lib/permissions/roles";
import { useBoardStore } from "../board/board-store";
import { FormError } from "../ui/form-error";
import { CommentComposer } from "./comment-composer";
import { CommentItem, type TDiscussionContext } from "./comment-item";

/** The time now, moved on every half minute so "5 minutes ago" stays true. */
function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * A claim's comments, loaded when the claim opens and kept current from the
 * board's live activity stream: a teammate's comment, edit or delete shows
 * here as soon as it is recorded. Reloaded after the stream reconnects, in
 * case something was missed while it was down.
 */
function useClaimComments(claimId: string) {
  const { api, live, onActivity } = useBoardStore();
  const [comments, setComments] = useState<TCommentView[]>([]);
  const [status, setStatus] = useState<{ loaded: boolean; error: string | null }>({ loaded: false, error: null });
  // `restored`: an Undo of a deletion, the one change that goes back from "deleted".
  const saved = useCallback(
    (comment: TCommentView, how?: { restored?: boolean }) =>
      setComments((list) => (how?.restored ? restoreInList(list, comment) : upsertComment(list, comment))),
    [],
  );
  const load = useCallback(
    () =>
      api.listComments(claimId).then(
        ({ comments: loaded }) => {
          // Anything that arrived live while loading is kept where it is newer.
          setComments((list) => list.reduce(upsertComment, loaded));
          setStatus({ loaded: true, error: null });
        },
        (error: unknown) =>
          setStatus((current) => ({ ...current, error: error instanceof Error ? error.message : "Could not load the discussion." })),
      ),
    [api, claimId],
  );
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(
    () =>
      onActivity((entry) => {
        if (entry.entityType === "comment" && entry.claimId === claimId && entry.after) {
          saved(entry.after as unknown as TCommentView, { restored: entry.action === "restored" });
        }
      }),
    [onActivity, claimId, saved],
  );
  const wasDown = useRef(false);
  useEffect(() => {
    if (live === "reconnecting") wasDown.current = true;
    if (live === "live" && wasDown.current) {
      wasDown.current = false;
      void load();
    }
  }, [live, load]);
  return { comments, ...status, saved, reload: load };
}

function CommentThread({ thread, context }: { thread: TCommentThread; context: TDiscussionContext }) {
  const { api } = useBoardStore();
  const [replyingTo, setReplyingTo] = useState<TCommentView | null>(null);
  const returnFocus = useRef<HTMLButtonElement | null>(null);
  const stopReplying = () => {
    setReplyingTo(null);
    requestAnimationFrame(() => returnFocus.current?.focus());
  };
  // Replying to a reply mentions its author, so they know the answer is for them.
  const addressee: TMemberView | undefined =
    replyingTo?.parentId && replyingTo.authorId !== context.viewerId
      ? context.members.find((member) => member.userId === replyingTo.authorId)
      : undefined;
  return (
    <li className="comment-thread">
      <CommentItem
        comment={thread.root}
        context={context}
        onReply={(comment, from) => {
          returnFocus.current = from;
          setReplyingTo(comment);
        }}
      />
      {thread.replies.length > 0 ? (
        <ol className="plain-list comment-replies" aria-label={`Replies to ${thread.root.deletedAt ? "a deleted comment" : thread.root.authorName}`}>
          {thread.replies.map((reply) => (
            <li key={reply.id}>
              <CommentItem
                comment={reply}
                context={context}
                onReply={(comment, from) => {
                  returnFocus.current = from;
                  setReplyingTo(comment);
                }}
              />
            </li>
          ))}
        </ol>
      ) : null}
      {replyingTo ? (
        <div className="comment-replies">
          <CommentComposer
            key={replyingTo.id}
            label={replyingTo.deletedAt ? "Reply in this thread" : `Reply to ${replyingTo.authorName}`}
            submitLabel="Post reply"
            members={context.members}
            mentionable={context.mentionable}
            initialText={addressee ? `@${addressee.name} ` : ""}
            initialPicked={addressee ? [addressee] : []}
            autoFocus
            onSubmit={async (body) => {
              context.onSaved(await api.createComment(context.claimId, { body, parentId: replyingTo.id }));
              stopReplying();
            }}
            onCancel={stopReplying}
          />
        </div>
      ) : null}
    </li>
  );
}

/** The claim's discussion: threads of comments with @mentions. Viewers and readers of a public board see it read-only. */
export function ClaimDiscussion({ claimId }: { claimId: string }) {
  const { board, api } = useBoardStore();
  const pathname = usePathname();
  const headingId = useId();
  const now = useNow();
  const { comments, loaded, error, saved, reload } = useClaimComments(claimId);
  const { viewer, members } = board;
  const canComment = viewer.userId !== null && viewer.role !== null && roleCan(viewer.role, "comment.create");
  const context: TDiscussionContext = useMemo(
    () => ({
      claimId,
      members,
      mentionable: members.filter((member) => member.userId !== viewer.userId),
      viewerId: viewer.userId,
      canComment,
      now,
      onSaved: saved,
    }),
    [claimId, members, viewer.userId, canComment, now, saved],
  );
  const threads = groupIntoThreads(comments);
  const count = comments.filter((comment) => !comment.deletedAt).length;

  return (
    <section className="claim-discussion" aria-labelledby={headingId} data-testid="claim-discussion">
      <h3 id={headingId}>
        Discussion{" "}
        {loaded ? (
          <span className="muted small">
            ({count} {count === 1 ? "comment" : "comments"})
          </span>
        ) : null}
      </h3>
      {error ? (
        <div className="form-actions">
          <FormError message={error} />
          <button type="button" className="button small" onClick={() => void reload()}>
            Try again
          </button>
        </div>
      ) : null}
      {!loaded && !error ? <p className="muted small">Loading the discussion…</p> : null}
      {loaded && threads.length === 0 ? <p className="muted small">No comments yet.</p> : null}
      {threads.length > 0 ? (
        <ol className="plain-list comment-threads">
          {threads.map((thread) => (
            <CommentThread key={thread.root.id} thread={thread} context={context} />
          ))}
        </ol>
      ) : null}
      {canComment ? (
        <CommentComposer
          label="Add a comment"
          submitLabel="Post comment"
          members={members}
          mentionable={context.mentionable}
          onSubmit={async (body) => saved(await api.createComment(claimId, { body }))}
        />
      ) : viewer.userId === null ? (
        <p className="muted small">
          <Link href={`/sign-in?next=${encodeURIComponent(pathname)}`}>Sign in</Link> as a member of this workspace to join
          the discussion.
        </p>
      ) : (
        <p className="muted small">Your role ({viewer.role ?? "not a member"}) can read the discussion but not comment.</p>
      )}
    </section>
  );
}
