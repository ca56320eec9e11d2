"use client";

import { useCallback, useId, useRef, useState, type KeyboardEvent } from "react";

/**
 * A group of graph controls that folds behind a button on phones (responsive.css shows the button
 * and hides the closed group; wider screens show the group and never the button). A second press
 * or Escape inside the group closes it, and focus goes back to the button.
 */
export function useFold() {
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (!open || event.key !== "Escape" || event.defaultPrevented) return;
      const target = event.target as HTMLElement;
      // An open drop-down (FilterMenu) or dialog closes first, on its own.
      if (target.closest("details[open], dialog")) return;
      if (target !== toggleRef.current && !document.getElementById(bodyId)?.contains(target)) return;
      // Taken here, so the graph does not also leave focus mode (use-graph-panel.tsx skips a handled Escape).
      event.preventDefault();
      setOpen(false);
      toggleRef.current?.focus();
    },
    [open, bodyId],
  );
  const toggleProps = {
    ref: toggleRef,
    type: "button" as const,
    "aria-expanded": open,
    "aria-controls": bodyId,
    onClick: () => setOpen((was) => !was),
  };
  return { open, bodyId, toggleProps, onKeyDown };
}
