"use client";

import { useState } from "react";
import { parseThemePreference, THEME_PREFERENCES, themeAttribute, themeCookie, type TThemePreference } from "@/lib/display/theme-preference";

const LABELS: Record<TThemePreference, string> = { system: "System", light: "Light", dark: "Dark" };

/** Announces a theme change to parts that draw with JavaScript-held colours (the graph canvas). */
export const THEME_CHANGE_EVENT = "claimgraph:themechange";

/**
 * System, light or dark. The choice lives in a cookie the server reads into
 * <html data-theme>, so every page paints in it from the first frame; here it
 * applies at once, without a reload.
 */
export function ThemeSwitch({ initial }: { initial: TThemePreference }) {
  const [preference, setPreference] = useState(initial);
  function choose(value: string) {
    const next = parseThemePreference(value);
    setPreference(next);
    document.cookie = themeCookie(next);
    const attribute = themeAttribute(next);
    if (attribute) document.documentElement.dataset.theme = attribute;
    else delete document.documentElement.dataset.theme;
    window.dispatchEvent(new Event(THEME_CHANGE_EVENT));
  }
  return (
    <label className="theme-switch small">
      <span className="muted">Theme</span>
      <select value={preference} onChange={(event) => choose(event.target.value)}>
        {THEME_PREFERENCES.map((value) => (
          <option key={value} value={value}>
            {LABELS[value]}
          </option>
        ))}
      </select>
    </label>
  );
}
