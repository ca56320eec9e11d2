// Maps a DOM selection inside the rendered article back to offsets into the
// article text. Every run of article text is rendered in an element carrying
// data-start and data-end; markers (data-noanchor) are not article text.

function runOf(node: Node | null): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : node?.parentElement;
  const run = element?.closest<HTMLElement>("[data-start]");
  return run && !run.closest("[data-noanchor]") ? run : null;
}

function runsWithin(node: Node): HTMLElement[] {
  if (!(node instanceof HTMLElement)) return [];
  return [...node.querySelectorAll<HTMLElement>("[data-start]")].filter((run) => !run.closest("[data-noanchor]"));
}

function boundaryOffset(container: Node, offset: number, edge: "start" | "end"): number | null {
  if (container.nodeType === Node.TEXT_NODE) {
    const run = runOf(container);
    if (!run) return null;
    return Number(run.dataset.start) + Math.min(offset, container.textContent?.length ?? 0);
  }
  // An element boundary: use the run just after (start) or just before (end) it.
  const children = container.childNodes;
  const neighbour = edge === "start" ? children[offset] : children[offset - 1];
  if (!neighbour) return null;
  const own = runOf(neighbour);
  const runs = own ? [own] : runsWithin(neighbour);
  const run = edge === "start" ? runs[0] : runs.at(-1);
  if (!run) return null;
  return Number(edge === "start" ? run.dataset.start : run.dataset.end);
}

/** The selected article span, trimmed of surrounding white space; null if the selection is not in the article. */
export function selectionToTextRange(
  root: HTMLElement,
  selection: Selection | null,
  text: string,
): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  let start = boundaryOffset(range.startContainer, range.startOffset, "start");
  let end = boundaryOffset(range.endContainer, range.endOffset, "end");
  if (start === null || end === null || end <= start) return null;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}
