"use client";

import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from "react";
import { findMentionQuery, insertMention, mentionCandidates } from "@/lib/comments/mentions";
import type { TMemberView } from "@/lib/board/types";

type TOpenQuery = { start: number; query: string };

/**
 * A textarea that offers workspace members while an "@name" is being typed.
 * The textarea keeps its textbox role (multi-line text) and points at the
 * highlighted option with aria-activedescendant, as GitHub's comment box does:
 * ↑/↓ move through the list, Enter or Tab choose, Escape closes it.
 * Ctrl+Enter (⌘+Enter) submits the form.
 */
export function MentionTextarea({
  label,
  value,
  onChange,
  onMentionPicked,
  members,
  autoFocus,
  disabled,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onMentionPicked: (member: TMemberView) => void;
  members: readonly TMemberView[];
  autoFocus?: boolean;
  disabled?: boolean;
}) {
  const id = useId();
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const [open, setOpen] = useState<TOpenQuery | null>(null);
  const [active, setActive] = useState(0);
  const [caretAfterRender, setCaretAfterRender] = useState<number | null>(null);
  const candidates = open ? mentionCandidates(members, open.query) : [];
  const showList = open !== null && candidates.length > 0;
  const activeIndex = Math.min(active, Math.max(0, candidates.length - 1));

  // Opened by Reply or Edit: focus the text with the caret at its end, ready to type.
  useEffect(() => {
    const textarea = textareaRef.current;
    if (!autoFocus || !textarea) return;
    textarea.focus();
    textarea.setSelectionRange(textarea.value.length, textarea.value.length);
    // Only when it first appears.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useLayoutEffect(() => {
    if (caretAfterRender === null || !textareaRef.current) return;
    textareaRef.current.setSelectionRange(caretAfterRender, caretAfterRender);
    setCaretAfterRender(null);
  }, [caretAfterRender]);

  const look = (text: string, caret: number) => {
    const query = findMentionQuery(text, caret);
    setOpen(query);
    if (query?.query !== open?.query) setActive(0);
  };

  const choose = (member: TMemberView) => {
    if (!open) return;
    const next = insertMention(value, open, member);
    onChange(next.text);
    onMentionPicked(member);
    setOpen(null);
    setCaretAfterRender(next.caret);
    textareaRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (showList) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        const step = event.key === "ArrowDown" ? 1 : -1;
        setActive((activeIndex + step + candidates.length) % candidates.length);
        return;
      }
      if ((event.key === "Enter" && !event.shiftKey && !event.ctrlKey && !event.metaKey) || event.key === "Tab") {
        event.preventDefault();
        choose(candidates[activeIndex]!);
        return;
      }
      if (event.key === "Escape") {
        // Handled: the panel around it must not close as well.
        event.preventDefault();
        event.stopPropagation();
        setOpen(null);
        return;
      }
    }
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.form?.requestSubmit();
    }
  };

  const listId = `${id}-members`;
  const optionId = (index: number) => `${id}-member-${index}`;
  return (
    <div className="field mention-field">
      <label htmlFor={`${id}-text`}>{label}</label>
      <textarea
        id={`${id}-text`}
        ref={textareaRef}
        value={value}
        disabled={disabled}
        aria-autocomplete="list"
        aria-controls={showList ? listId : undefined}
        aria-activedescendant={showList ? optionId(activeIndex) : undefined}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          onChange(event.target.value);
          look(event.target.value, event.target.selectionStart);
        }}
        onKeyDown={onKeyDown}
        onKeyUp={(event) => {
          if (["ArrowLeft", "ArrowRight", "Home", "End"].includes(event.key)) {
            look(event.currentTarget.value, event.currentTarget.selectionStart);
          }
        }}
        onClick={(event) => look(event.currentTarget.value, event.currentTarget.selectionStart)}
        onBlur={() => setOpen(null)}
      />
      <span id={`${id}-hint`} className="muted small mention-hint">
        Type @ to mention a member. Ctrl+Enter posts.
      </span>
      {showList ? (
        <ul id={listId} role="listbox" aria-label="Members to mention" className="mention-list">
          {candidates.map((member, index) => (
            <li
              key={member.userId}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              className="mention-option"
              // Keep focus in the textarea: choosing must not blur it first.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(member)}
            >
              <span className="mention-option-name">{member.name}</span>{" "}
              <span className="muted small">{member.role}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <span className="sr-only" aria-live="polite">
        {showList
          ? `${candidates.length} ${candidates.length === 1 ? "member matches" : "members match"}. Up and down arrows to move, Enter to choose.`
          : ""}
      </span>
    </div>
  );
}
