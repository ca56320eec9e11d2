import type { KeyboardEvent } from "react";

function isEditable(element: HTMLElement): boolean {
  return element.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(element.tagName);
}

/**
 * For a panel's keydown: Escape closes it, except that a first Escape in a form field only leaves
 * the field (onto the panel, which must be focusable), and Escape in an open dialog or menu is theirs.
 */
export function closeOnEscape(event: KeyboardEvent<HTMLElement>, close: () => void) {
  if (event.key !== "Escape" || event.defaultPrevented) return;
  const target = event.target as HTMLElement;
  if (target.closest("dialog, details[open]")) return;
  if (isEditable(target)) {
    target.blur();
    event.currentTarget.focus();
    return;
  }
  close();
}
