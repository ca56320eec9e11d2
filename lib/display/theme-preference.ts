/** Which colour theme a person chose; "system" follows the device (prefers-color-scheme). */
export const THEME_PREFERENCES = ["system", "light", "dark"] as const;
export type TThemePreference = (typeof THEME_PREFERENCES)[number];

/** The cookie that remembers the choice, read on the server so the first paint has the right theme. */
export const THEME_COOKIE = "claimgraph-theme";
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** Anything but a known choice (a missing or tampered cookie) means "system". */
export function parseThemePreference(value: string | undefined | null): TThemePreference {
  return THEME_PREFERENCES.find((preference) => preference === value) ?? "system";
}

/** The root element's data-theme: absent for "system", so the stylesheet's color-scheme "light dark" decides. */
export function themeAttribute(preference: TThemePreference): "light" | "dark" | undefined {
  return preference === "system" ? undefined : preference;
}

/** A Set-Cookie / document.cookie value remembering the choice for a year, on every page. */
export function themeCookie(preference: TThemePreference): string {
  return `${THEME_COOKIE}=${preference}; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax`;
}
