import { describe, expect, it } from "vitest";
import { parseThemePreference, themeAttribute, themeCookie } from "./theme-preference";

describe("theme preference", () => {
  it("reads only the three known choices and treats anything else as the system's", () => {
    expect(parseThemePreference("dark")).toBe("dark");
    expect(parseThemePreference("light")).toBe("light");
    expect(parseThemePreference("system")).toBe("system");
    for (const value of [undefined, null, "", "DARK", "dark; x", "<script>"]) expect(parseThemePreference(value)).toBe("system");
  });

  it("marks the root only for an explicit choice", () => {
    expect(themeAttribute("system")).toBeUndefined();
    expect(themeAttribute("dark")).toBe("dark");
  });

  it("remembers the choice for a year on every path", () => {
    expect(themeCookie("dark")).toBe("claimgraph-theme=dark; Path=/; Max-Age=31536000; SameSite=Lax");
  });
});
