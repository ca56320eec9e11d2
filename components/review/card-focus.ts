// Arrow keys move between review cards: up and down within a column, left and right across columns.

const CARD = "[data-review-card]";
const COLUMN = "[data-review-column]";

export function focusNeighbourCard(card: HTMLElement, key: string): boolean {
  const column = card.closest<HTMLElement>(COLUMN);
  if (!column) return false;
  const cards = [...column.querySelectorAll<HTMLElement>(CARD)];
  const index = cards.indexOf(card);
  let target: HTMLElement | undefined;
  if (key === "ArrowDown") target = cards[index + 1];
  else if (key === "ArrowUp") target = cards[index - 1];
  else if (key === "ArrowLeft" || key === "ArrowRight") {
    const columns = [...(column.parentElement?.querySelectorAll<HTMLElement>(COLUMN) ?? [])];
    const step = key === "ArrowRight" ? 1 : -1;
    // Skip empty columns; land at the same height, or the last card if that column is shorter.
    for (let i = columns.indexOf(column) + step; i >= 0 && i < columns.length; i += step) {
      const next = [...columns[i]!.querySelectorAll<HTMLElement>(CARD)];
      if (next.length > 0) {
        target = next[Math.min(index, next.length - 1)];
        break;
      }
    }
  } else return false;
  if (!target) return false;
  target.focus();
  target.scrollIntoView({ block: "nearest", inline: "nearest" });
  return true;
}
