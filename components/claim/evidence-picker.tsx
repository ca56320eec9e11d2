"use client";

import { useId, useRef, useState, type KeyboardEvent } from "react";
import type { TEvidenceView } from "@/lib/board/types";
import { matchEvidence } from "@/lib/evidence/match-evidence";

const MAX_SHOWN = 50;

/**
 * Chooses one piece of evidence by typing: an editable combobox with a list
 * (WAI-ARIA combobox pattern). Focus stays in the text box; ↓/↑ move through
 * the matches (aria-activedescendant), Enter chooses, Escape closes the list.
 */
export function EvidencePicker({
  items,
  chosenId,
  onChoose,
}: {
  items: readonly TEvidenceView[];
  chosenId: string;
  onChoose: (evidenceId: string) => void;
}) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const chosen = items.find((item) => item.id === chosenId) ?? null;
  const matches = matchEvidence(items, chosen && query === chosen.title ? "" : query);
  const shown = matches.slice(0, MAX_SHOWN);
  const listOpen = open && shown.length > 0;
  const activeIndex = active >= shown.length ? shown.length - 1 : active;

  const choose = (item: TEvidenceView) => {
    onChoose(item.id);
    setQuery(item.title);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!listOpen) {
        setOpen(true);
        setActive(event.key === "ArrowDown" ? 0 : shown.length - 1);
        return;
      }
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((activeIndex + step + shown.length) % shown.length);
    } else if (event.key === "Enter" && listOpen && activeIndex >= 0) {
      event.preventDefault();
      choose(shown[activeIndex]!);
    } else if (event.key === "Escape" && (listOpen || query)) {
      // Handled here: the claim panel around it must not close as well.
      event.preventDefault();
      event.stopPropagation();
      if (listOpen) setOpen(false);
      else {
        setQuery("");
        onChoose("");
      }
    }
  };

  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const countText =
    matches.length === 0
      ? "No evidence matches."
      : `${matches.length} ${matches.length === 1 ? "match" : "matches"}${matches.length > MAX_SHOWN ? `, first ${MAX_SHOWN} shown: type more to narrow` : ""}.`;
  return (
    <div className="field evidence-picker">
      <label htmlFor={`${id}-input`}>Evidence</label>
      <input
        id={`${id}-input`}
        ref={inputRef}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={listOpen}
        aria-controls={listId}
        aria-activedescendant={listOpen && activeIndex >= 0 ? optionId(activeIndex) : undefined}
        aria-describedby={`${id}-hint`}
        placeholder="Type to search the board's evidence"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(0);
          if (chosenId) onChoose("");
        }}
        onKeyDown={onKeyDown}
        onClick={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <span id={`${id}-hint`} className="muted small evidence-picker-hint">
        {chosen ? `Chosen: ${chosen.title}.` : "Search by title, publisher, link or excerpt; ↓ and ↑ move, Enter chooses."}
      </span>
      <ul id={listId} role="listbox" aria-label="Matching evidence" className="evidence-picker-list" hidden={!listOpen}>
        {shown.map((item, index) => (
          <li
            key={item.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            className="evidence-picker-option"
            // Keep focus in the text box: choosing must not blur it first.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(item)}
          >
            <span className="evidence-picker-title">{item.title}</span>
            {item.publisher ? <span className="muted small"> · {item.publisher}</span> : null}
          </li>
        ))}
      </ul>
      <span className="sr-only" aria-live="polite">
        {open && query ? countText : ""}
      </span>
    </div>
  );
}
