"use client";

import { useState, type FormEvent } from "react";
import type { TMemberView } from "@/lib/board/types";
import { encodeMentions } from "@/lib/comments/mentions";
import { FormError } from "../ui/form-error";
import { useAsyncAction } from "../ui/use-async-action";
import { MentionTextarea } from "./mention-textarea";

/** Writes a comment, a reply or an edit. "@Name" typed or picked becomes a stored mention on submit. */
export function CommentComposer({
  label,
  submitLabel,
  members,
  mentionable,
  initialText = "",
  initialPicked = [],
  autoFocus,
  onSubmit,
  onCancel,
}: {
  label: string;
  submitLabel: string;
  /** Every member, to recognise "@Name" in the text. */
  members: readonly TMemberView[];
  /** Who the autocomplete offers. */
  mentionable: readonly TMemberView[];
  initialText?: string;
  initialPicked?: readonly TMemberView[];
  autoFocus?: boolean;
  onSubmit: (body: string) => Promise<void>;
  onCancel?: () => void;
}) {
  const [text, setText] = useState(initialText);
  const [picked, setPicked] = useState<readonly TMemberView[]>(initialPicked);
  const { pending, error, run } = useAsyncAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    void run(async () => {
      await onSubmit(encodeMentions(text.trim(), members, picked));
      setText("");
      setPicked([]);
    });
  };
  return (
    <form className="comment-composer" onSubmit={submit}>
      <MentionTextarea
        label={label}
        value={text}
        onChange={setText}
        onMentionPicked={(member) => setPicked((list) => [member, ...list.filter((m) => m.userId !== member.userId)])}
        members={mentionable}
        autoFocus={autoFocus}
        disabled={pending}
      />
      <FormError message={error} />
      <div className="form-actions">
        <button type="submit" className="button small primary" disabled={pending || !text.trim()}>
          {pending ? "Saving…" : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button small quiet" onClick={onCancel} disabled={pending}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
