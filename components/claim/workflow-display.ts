import type { TMemberView } from "@/lib/board/types";

// Small display helpers shared by the claim panel, the claims list and graph nodes.

/** A member's name; someone since removed from the workspace is still named as such. */
export function memberName(members: readonly TMemberView[], userId: string | null): string | null {
  if (userId === null) return null;
  return members.find((member) => member.userId === userId)?.name ?? "a former member";
}

/** "Ann Checker" → "AC"; at most two letters. */
export function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => [...word][0]!.toUpperCase());
  return (letters.length > 2 ? [letters[0], letters.at(-1)] : letters).join("") || "?";
}

// Formatted as UTC so the server's render and the browser's agree.
const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** "2008-04-01" or a full ISO timestamp → "1 Apr 2008". */
export function formatDay(iso: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? iso : DAY.format(date);
}
