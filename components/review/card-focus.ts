// Arrow keys move between review cards: up and down within a column, left and right across columns.
// Columns are virtualised (virtual-cards.tsx): a card may not be in the page, so cards are found by their
// index in the column (data-card-index) and a column without that card drawn is asked to draw and focus it.

const CARD = "[data-review-card]";
const COLUMN = "[data-review-column]";
/** Sent to a column (detail: TFocusCardRequest): scroll its card into the drawn range and focus it. */
export const FOCUS_CARD_EVENT = "review:focus-card";
export type TFocusCardRequest = { index: number } | { claimId: string };

const countOf = (column: HTMLElement) => Number(column.dataset.cardCount ?? 0);

/** Focuses the column's card, drawing it first if the column has it scrolled away; false when the column lacks it. */
export function focusCardAt(column: HTMLElement, request: TFocusCardRequest): boolean {
  const selector =
    "index" in request ? `[data-card-index="${request.index}"] ${CARD}` : `[data-review-card="${CSS.escape(request.claimId)}"]`;
  const card = column.querySelector<HTMLElement>(selector);
  if (card) {
    card.focus({ preventScroll: true });
    card.scrollIntoView({ block: "nearest", inline: "nearest" });
    return true;
  }
  // The column cancels the event when it has the card (and will focus it once drawn).
  return !column.dispatchEvent(new CustomEvent<TFocusCardRequest>(FOCUS_CARD_EVENT, { detail: request, cancelable: true }));
}

export function focusNeighbourCard(card: HTMLElement, key: string): boolean {
  const column = card.closest<HTMLElement>(COLUMN);
  const index = Number(card.closest<HTMLElement>("[data-card-index]")?.dataset.cardIndex);
  if (!column || !Number.isInteger(index)) return false;
  if (key === "ArrowDown" || key === "ArrowUp") {
    const next = index + (key === "ArrowDown" ? 1 : -1);
    if (next < 0 || next >= countOf(column)) return false;
    return focusCardAt(column, { index: next });
  }
  if (key !== "ArrowLeft" && key !== "ArrowRight") return false;
  const columns = [...(column.parentElement?.querySelectorAll<HTMLElement>(COLUMN) ?? [])];
  const step = key === "ArrowRight" ? 1 : -1;
  // Skip empty columns; land at the same height, or the last card if that column is shorter.
  for (let i = columns.indexOf(column) + step; i >= 0 && i < columns.length; i += step) {
    const count = countOf(columns[i]!);
    if (count > 0) {
      return focusCardAt(columns[i]!, { index: Math.min(index, count - 1) });
    }
  }
  return false;
}
