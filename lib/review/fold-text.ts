// Search is forgiving: "Sadr" finds "ṣadr", "maliki's" finds "Maliki’s".

const TYPOGRAPHIC: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u2013": "-",
  "\u2014": "-",
  "\u00A0": " ",
};

/** Lower case, without accents, with typographic quotes and dashes made plain. */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[\u2018\u2019\u201C\u201D\u2013\u2014\u00A0]/g, (char) => TYPOGRAPHIC[char] ?? char)
    .toLowerCase();
}

/** The words of a search, folded; every one must occur for a match. */
export function searchTerms(query: string): string[] {
  return foldText(query).split(/\s+/).filter((term) => term !== "");
}
