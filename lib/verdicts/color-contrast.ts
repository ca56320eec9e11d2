import { contrastWCAG21, sRGB } from "colorjs.io/fn";

/** WCAG 2.1 AA for normal-size text. Verdict colours are used as text, so they must reach it. */
export const MIN_TEXT_CONTRAST = 4.5;

export const WHITE = "#ffffff";

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

export function isHexColor(value: string): boolean {
  return HEX_COLOR.test(value);
}

// Built as a plain sRGB colour object: the procedural colorjs API parses strings only
// once formats are registered, and #rrggbb needs no more than this.
function toSrgb(hex: string) {
  if (!isHexColor(hex)) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const channel = (start: number) => Number.parseInt(hex.slice(start, start + 2), 16) / 255;
  return { space: sRGB, coords: [channel(1), channel(3), channel(5)] as [number, number, number], alpha: 1 };
}

/** WCAG 2.1 contrast ratio of two #rrggbb colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(foreground: string, background: string): number {
  return contrastWCAG21(toSrgb(foreground), toSrgb(background));
}

/** "4.5:1", rounded down so a ratio just short of the minimum never reads as reaching it. */
export function formatContrast(ratio: number): string {
  return `${(Math.floor(ratio * 10) / 10).toFixed(1)}:1`;
}

export function meetsTextContrast(ratio: number): boolean {
  return ratio >= MIN_TEXT_CONTRAST;
}

/** The contrast in words, for people who cannot judge it by eye. */
export function describeContrast(ratio: number, against: string): string {
  const figure = formatContrast(ratio);
  return meetsTextContrast(ratio)
    ? `${figure} against ${against}: readable (meets WCAG AA).`
    : `${figure} against ${against}: too faint to read (WCAG AA needs ${formatContrast(MIN_TEXT_CONTRAST)}).`;
}
