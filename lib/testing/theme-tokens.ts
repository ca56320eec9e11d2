// The colour tokens of app/globals.css, each as its light-dark(light, dark) pair, for the tests that hold
// them to a contrast ratio: the same stylesheet the pages load.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export type TThemed = { light: string; dark: string };
export const THEMES = ["light", "dark"] as const;

export function readThemeTokens(): Map<string, TThemed> {
  const css = readFileSync(join(process.cwd(), "app", "globals.css"), "utf8");
  const tokens = new Map<string, TThemed>();
  for (const match of css.matchAll(/--([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)) {
    tokens.set(match[1]!, { light: match[2]!, dark: match[3]! });
  }
  return tokens;
}
