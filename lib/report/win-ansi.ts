// The characters PDF's built-in fonts draw (WinAnsiEncoding): printable Latin-1 and the typographic extras that
// Windows-1252 puts in 0x80–0x9F (curly quotes, dashes, ellipsis, euro…). Anything else would print as garbage.
const WIN_ANSI_EXTRAS = new Set([
  0x152, 0x153, 0x160, 0x161, 0x178, 0x17d, 0x17e, 0x192, 0x2c6, 0x2dc, 0x2013, 0x2014, 0x2018, 0x2019, 0x201a, 0x201c,
  0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
]);

export function isWinAnsi(codePoint: number): boolean {
  return (codePoint >= 0x20 && codePoint <= 0x7e) || (codePoint >= 0xa0 && codePoint <= 0xff) || WIN_ANSI_EXTRAS.has(codePoint);
}

/** The text with each character the fonts cannot draw as "?" (a tab or line break as a space), and how many were replaced. */
export function toWinAnsi(value: string): { text: string; replaced: number } {
  let replaced = 0;
  let text = "";
  for (const char of value) {
    const codePoint = char.codePointAt(0)!;
    if (isWinAnsi(codePoint)) text += char;
    else if (char === "\t" || char === "\n" || char === "\r") text += " ";
    else {
      text += "?";
      replaced += 1;
    }
  }
  return { text, replaced };
}
