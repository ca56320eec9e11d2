import type { TEvidenceView } from "../board/types";
import type { TStance, TVerdict } from "../schemas/vocabulary";
import { foldText } from "./fold-text";

// How many independent sources back a verdict. Two items from one outlet, or
// two pages of one website, are one source; the article's own citations
// ("cited in article") are what is being checked, so they never count.

/**
 * The linked stances that back each verdict. A claim found true rests on
 * evidence that supports it; one found false or misleading on evidence that
 * disputes it; "disputed" on credible evidence on either side. Unverifiable,
 * opinion and unverified findings do not rest on sources, so they are never
 * warned about.
 */
export const BACKING_STANCES: Record<TVerdict, readonly TStance[]> = {
  verified: ["supports"],
  mostly_accurate: ["supports"],
  misleading: ["disputes"],
  false: ["disputes"],
  disputed: ["supports", "disputes"],
  unverifiable: [],
  opinion: [],
  unverified: [],
};

/** A verdict resting on fewer independent sources than this gets a warning. */
export const MIN_INDEPENDENT_SOURCES = 2;

export function verdictRestsOnSources(verdict: TVerdict): boolean {
  return BACKING_STANCES[verdict].length > 0;
}

function hostOf(url: string): string | null {
  if (!URL.canParse(url)) return null;
  const host = new URL(url).hostname.toLowerCase().replace(/^www\./, "");
  return host === "" ? null : host;
}

function publisherKey(publisher: string): string | null {
  const key = foldText(publisher).replace(/\s+/g, " ").trim().replace(/^the /, "");
  return key === "" ? null : key;
}

/**
 * What names an item's source: its publisher and its URL's host. Items sharing
 * either are one source. An item with neither can't be told apart from any
 * other, so it is not counted as independent (record its publisher to count it).
 */
export function sourceIdentities(item: Pick<TEvidenceView, "publisher" | "url" | "sourceType">): string[] {
  if (item.sourceType === "cited_in_article") return [];
  const identities: string[] = [];
  const publisher = item.publisher ? publisherKey(item.publisher) : null;
  if (publisher) identities.push(`publisher:${publisher}`);
  const host = item.url ? hostOf(item.url) : null;
  if (host) identities.push(`host:${host}`);
  return identities;
}

/** The number of distinct sources among `items`: those sharing a publisher or a host are one. */
export function countIndependentSources(items: readonly Pick<TEvidenceView, "publisher" | "url" | "sourceType">[]): number {
  // Union-find over identities: each item joins its publisher and its host.
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(key, root);
    return root;
  };
  for (const item of items) {
    const [first, ...rest] = sourceIdentities(item);
    if (first === undefined) continue;
    if (!parent.has(first)) parent.set(first, first);
    for (const other of rest) {
      if (!parent.has(other)) parent.set(other, other);
      parent.set(find(other), find(first));
    }
  }
  return new Set([...parent.keys()].map(find)).size;
}
