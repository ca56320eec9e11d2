"use client";

import { useCallback, useMemo, useSyncExternalStore } from "react";
import {
  hasHighlightParams,
  highlightChoiceSearch,
  parseHighlightChoice,
  type THighlightChoice,
} from "@/lib/anchoring/highlight-choice";

const CHANGED = "claimgraph:highlight-choice";
const storageKey = (boardId: string) => `claimgraph.highlight.${boardId}`;

function subscribe(onChange: () => void) {
  window.addEventListener(CHANGED, onChange);
  window.addEventListener("storage", onChange);
  window.addEventListener("popstate", onChange);
  return () => {
    window.removeEventListener(CHANGED, onChange);
    window.removeEventListener("storage", onChange);
    window.removeEventListener("popstate", onChange);
  };
}

function remembered(boardId: string): string {
  try {
    return localStorage.getItem(storageKey(boardId)) ?? "";
  } catch {
    return ""; // storage blocked: the address alone keeps the choice
  }
}

/**
 * What the article highlights: the address's choice when it carries one (a shared link), else the one this
 * browser remembers for the board. A change goes to both, replacing the address in place (no history entry).
 */
export function useHighlightChoice(boardId: string): [THighlightChoice, (next: THighlightChoice) => void] {
  const search = useSyncExternalStore(
    subscribe,
    () => {
      const address = window.location.search;
      return hasHighlightParams(address) ? highlightChoiceSearch(parseHighlightChoice(address)) : remembered(boardId);
    },
    () => "",
  );
  const choice = useMemo(() => parseHighlightChoice(search), [search]);
  const setChoice = useCallback(
    (next: THighlightChoice) => {
      try {
        localStorage.setItem(storageKey(boardId), highlightChoiceSearch(next));
      } catch {
        /* storage blocked */
      }
      const { pathname, search: current, hash } = window.location;
      window.history.replaceState(window.history.state, "", `${pathname}${highlightChoiceSearch(next, current)}${hash}`);
      window.dispatchEvent(new Event(CHANGED));
    },
    [boardId],
  );
  return [choice, setChoice];
}
