import { ColorSpace, OKLCH, serialize, sRGB, to, toGamut } from "colorjs.io/fn";
import { contrastRatio, isHexColor, MIN_TEXT_CONTRAST } from "./color-contrast";

ColorSpace.register(sRGB);
ColorSpace.register(OKLCH);

/** The dark theme's page and panel backgrounds (app/globals.css --bg and --surface): verdict text must read on both. */
export const DARK_BACKGROUNDS = ["#15171a", "#1e2125"] as const;
/** The dark theme's body text (--text), drawn over verdict tints in highlighted quotes. */
export const DARK_TEXT = "#e6e8ea";

type TColorPair = { color: string; tint: string };

function oklchOf(hex: string): [number, number, number] {
  const channel = (start: number) => Number.parseInt(hex.slice(start, start + 2), 16) / 255;
  const { coords } = to({ space: sRGB, coords: [channel(1), channel(3), channel(5)], alpha: 1 }, OKLCH);
  return [coords[0] ?? 0, coords[1] ?? 0, Number.isNaN(coords[2]) ? 0 : (coords[2] ?? 0)];
}

function hexOf(lightness: number, chroma: number, hue: number): string {
  const inGamut = toGamut(to({ space: OKLCH, coords: [lightness, chroma, hue], alpha: 1 }, sRGB));
  return serialize(inGamut, { format: "hex", collapse: false });
}

const readableOnAll = (text: string, backgrounds: readonly string[]) =>
  backgrounds.every((background) => contrastRatio(text, background) >= MIN_TEXT_CONTRAST);

/**
 * A verdict's colours for the dark theme, derived from its light ones so a
 * workspace's own colours carry over: the same hue, a deep tint and a light
 * text colour, raised until the text reaches WCAG AA on the tint and on the
 * dark page, and the tint kept deep enough for body text over it.
 */
export function darkVerdictColors({ color }: TColorPair): TColorPair {
  if (!isHexColor(color)) return { color: DARK_TEXT, tint: DARK_BACKGROUNDS[1] };
  const [, chroma, hue] = oklchOf(color);
  let tintLightness = 0.32;
  let tint = hexOf(tintLightness, Math.min(chroma * 0.45, 0.06), hue);
  while (contrastRatio(DARK_TEXT, tint) < MIN_TEXT_CONTRAST && tintLightness > 0.1) {
    tintLightness -= 0.02;
    tint = hexOf(tintLightness, Math.min(chroma * 0.45, 0.06), hue);
  }
  let textLightness = 0.8;
  let text = hexOf(textLightness, Math.min(chroma, 0.13), hue);
  while (!readableOnAll(text, [tint, ...DARK_BACKGROUNDS]) && textLightness < 1) {
    textLightness = Math.min(1, textLightness + 0.02);
    text = hexOf(textLightness, Math.min(chroma, 0.13), hue);
  }
  return { color: text, tint };
}

/**
 * CSS values that follow the page's theme (light-dark() picks by the element's
 * color-scheme, which the theme switch sets), for a verdict's text and tint.
 */
export function themedVerdictColors(pair: TColorPair): TColorPair {
  const key = `${pair.color} ${pair.tint}`;
  let themed = themedCache.get(key);
  if (!themed) {
    const dark = darkVerdictColors(pair);
    themed = { color: `light-dark(${pair.color}, ${dark.color})`, tint: `light-dark(${pair.tint}, ${dark.tint})` };
    // Colours come from a scale of eight verdicts and an editor's drafts: a small cache, cleared when it grows.
    if (themedCache.size > 200) themedCache.clear();
    themedCache.set(key, themed);
  }
  return themed;
}

const themedCache = new Map<string, TColorPair>();
