// Small display helpers shared by the claim panel, the claims list and graph nodes.
// memberName and formatDay live in lib (the activity log and members pages use them too).
export { formatDay } from "@/lib/display/format-day";
export { memberName } from "@/lib/members/member-name";

/** "Ann Checker" → "AC"; at most two letters. */
export function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => [...word][0]!.toUpperCase());
  return (letters.length > 2 ? [letters[0], letters.at(-1)] : letters).join("") || "?";
}
