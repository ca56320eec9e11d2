import { LIMITS } from "../schemas/fields";

/**
 * A title for an imported board that no board in its workspace has yet: the file's own title when
 * it is free, else "Title (imported YYYY-MM-DD)", then "Title (imported YYYY-MM-DD, 2)", "…, 3" and
 * so on. The file's title is shortened, never the suffix, so the result stays within the title limit.
 */
export function distinctBoardTitle(title: string, taken: ReadonlySet<string>, importedOn: Date): string {
  if (!taken.has(title)) return title;
  const day = importedOn.toISOString().slice(0, 10);
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? ` (imported ${day})` : ` (imported ${day}, ${n})`;
    const candidate = `${shorten(title, LIMITS.title - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** At most `max` UTF-16 code units, never splitting a surrogate pair. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = /[\uD800-\uDBFF]/.test(text[max - 1] ?? "") ? max - 1 : max;
  return text.slice(0, cut).trimEnd();
}
