import type { TEvidenceView } from "../board/types";

// Case and accents do not matter: "eda" finds "Éda".
const fold = (text: string) => text.normalize("NFD").replace(/\p{Mn}/gu, "").toLowerCase();

/**
 * Evidence matching a typed query, for the evidence picker: every word must
 * appear in the title, publisher, link or excerpt. Title matches come first
 * (a title starting with the query before others), then the board's order.
 */
export function matchEvidence<T extends Pick<TEvidenceView, "title" | "publisher" | "url" | "excerpt">>(
  items: readonly T[],
  query: string,
): T[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...items];
  const folded = fold(query.trim());
  const ranked: { item: T; rank: number; index: number }[] = [];
  items.forEach((item, index) => {
    const title = fold(item.title);
    const haystack = `${title}\n${fold(item.publisher ?? "")}\n${fold(item.url ?? "")}\n${fold(item.excerpt)}`;
    if (!words.every((word) => haystack.includes(word))) return;
    const rank = title.startsWith(folded) ? 0 : words.every((word) => title.includes(word)) ? 1 : 2;
    ranked.push({ item, rank, index });
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.index - b.index).map(({ item }) => item);
}
