import { onFirstUse } from "@/lib/display/on-first-use";

// Due dates are calendar days (YYYY-MM-DD): formatted as UTC so server and browser agree.
const FORMAT = onFirstUse(() => new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }));

export function formatDueDate(dueOn: string): string {
  const date = new Date(`${dueOn.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? dueOn : FORMAT().format(date);
}
