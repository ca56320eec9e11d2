import type { TTextAnchor } from "../schemas/selector";

/**
 * Strict check that an anchor describes the text exactly as it is: offsets in
 * range, the quote at those offsets, and prefix/suffix right beside it.
 * The server uses it so that only anchors true of the stored text are saved.
 */
export function anchorMatchesText(text: string, anchor: TTextAnchor): boolean {
  const { exact, prefix, suffix, start, end } = anchor;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return false;
  if (start < 0 || end > text.length || start >= end) return false;
  if (text.slice(start, end) !== exact) return false;
  if (text.slice(Math.max(0, start - prefix.length), start) !== prefix) return false;
  return text.slice(end, end + suffix.length) === suffix;
}
