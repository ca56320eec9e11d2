import { describe, expect, it } from "vitest";
import { neighbourClaim, SHORTCUTS, shortcutAction } from "./keyboard-shortcuts";

const press = (key: string, extra: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; repeat: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...extra,
});

describe("shortcutAction", () => {
  it("maps each listed key to its action", () => {
    for (const shortcut of SHORTCUTS) expect(shortcutAction(press(shortcut.keys), false)).toBe(shortcut.action);
    expect(shortcutAction(press("x"), false)).toBeNull();
    expect(shortcutAction(press("J"), false)).toBeNull();
  });

  it("never fires while typing, with a modifier, or on a held key's repeats", () => {
    expect(shortcutAction(press("j"), true)).toBeNull();
    expect(shortcutAction(press("/"), true)).toBeNull();
    expect(shortcutAction(press("?"), true)).toBeNull();
    expect(shortcutAction(press("g", { ctrlKey: true }), false)).toBeNull();
    expect(shortcutAction(press("k", { metaKey: true }), false)).toBeNull();
    expect(shortcutAction(press("t", { altKey: true }), false)).toBeNull();
    expect(shortcutAction(press("j", { repeat: true }), false)).toBeNull();
  });
});

describe("neighbourClaim", () => {
  const ids = ["a", "b", "c"];
  it("steps through the list and stops at its ends", () => {
    expect(neighbourClaim(ids, "a", 1)).toBe("b");
    expect(neighbourClaim(ids, "b", -1)).toBe("a");
    expect(neighbourClaim(ids, "c", 1)).toBe("c");
    expect(neighbourClaim(ids, "a", -1)).toBe("a");
  });

  it("starts at the first (j) or last (k) when no claim is open or the open one is filtered out", () => {
    expect(neighbourClaim(ids, null, 1)).toBe("a");
    expect(neighbourClaim(ids, null, -1)).toBe("c");
    expect(neighbourClaim(ids, "zz", 1)).toBe("a");
    expect(neighbourClaim([], null, 1)).toBeNull();
  });
});
