import { onFirstUse } from "./on-first-use";

// Formatted as UTC so the server's render and the browser's agree.
const DAY = onFirstUse(() => new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }));

/** "2008-04-01" or a full ISO timestamp → "1 Apr 2008" (the UTC calendar day); anything unreadable as it is. */
export function formatDay(iso: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? iso : DAY().format(date);
}
