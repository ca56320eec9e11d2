// A short excerpt of a result's text around the first place one of the searched words starts, so a reader sees why
// it matched. Exact text: cut at word boundaries, marked with "…", never rewritten.

const CONTEXT = 80;

export function searchExcerpt(text: string, terms: readonly string[], context = CONTEXT): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= context * 2) return flat;
  const lower = flat.toLowerCase();
  let at = -1;
  for (const term of terms) {
    const found = lower.search(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}`, "u"));
    if (found !== -1 && (at === -1 || found < at)) at = found;
  }
  if (at === -1) at = 0;
  let start = Math.max(0, at - context);
  let end = Math.min(flat.length, at + context);
  if (start > 0) start = flat.indexOf(" ", start) + 1 || start;
  if (end < flat.length) end = flat.lastIndexOf(" ", end) > at ? flat.lastIndexOf(" ", end) : end;
  return `${start > 0 ? "…" : ""}${flat.slice(start, end)}${end < flat.length ? "…" : ""}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
