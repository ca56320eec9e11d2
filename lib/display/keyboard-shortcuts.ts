/** What a keyboard shortcut does. */
export type TShortcutAction = "next" | "previous" | "graph" | "take" | "propose" | "search" | "undo" | "help";

/** Every shortcut, in the order the help lists them; `keys` as a person types them. */
export const SHORTCUTS: readonly { action: TShortcutAction; keys: string; description: string }[] = [
  { action: "next", keys: "j", description: "Next claim (in the claims list, as filtered)" },
  { action: "previous", keys: "k", description: "Previous claim" },
  { action: "graph", keys: "g", description: "Open the graph at this claim" },
  { action: "take", keys: "t", description: "Take the open claim" },
  { action: "propose", keys: "p", description: "Propose a verdict for the open claim" },
  { action: "search", keys: "/", description: "Search: the claims list, or the search page" },
  { action: "undo", keys: "u", description: "Undo the deletion just made" },
  { action: "help", keys: "?", description: "Show these shortcuts" },
];

const BY_KEY = new Map(SHORTCUTS.map((shortcut) => [shortcut.keys, shortcut.action]));

export type TKeyPress = { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; repeat?: boolean };

/**
 * The action a key press asks for, or null. Never while the person is typing
 * (`typing`: focus in a text field, select, textarea or contenteditable), and
 * never with Ctrl, ⌘ or Alt, which belong to the browser and the system.
 */
export function shortcutAction(press: TKeyPress, typing: boolean): TShortcutAction | null {
  if (typing || press.ctrlKey || press.metaKey || press.altKey || press.repeat) return null;
  return BY_KEY.get(press.key) ?? null;
}

/** The claim after (or before) the current one in a list; the first (or last) when none is current. Null for an empty list. */
export function neighbourClaim(ids: readonly string[], currentId: string | null, step: 1 | -1): string | null {
  if (ids.length === 0) return null;
  const index = currentId === null ? -1 : ids.indexOf(currentId);
  if (index === -1) return step === 1 ? ids[0]! : ids.at(-1)!;
  return ids[Math.min(ids.length - 1, Math.max(0, index + step))]!;
}
