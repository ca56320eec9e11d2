import { onFirstUse } from "../display/on-first-use";

const relative = onFirstUse(() => new Intl.RelativeTimeFormat("en", { numeric: "auto" }));
const absolute = onFirstUse(() => new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }));

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "just now", "5 minutes ago", "yesterday", "3 days ago"; from a week back, the date. */
export function describeRelativeTime(iso: string, now: Date): string {
  // A clock a little ahead of the server's must not say "in 3 seconds".
  const elapsed = Math.max(0, Math.round((now.getTime() - new Date(iso).getTime()) / 1000));
  if (elapsed < 45) return "just now";
  if (elapsed < HOUR) return relative().format(-Math.max(1, Math.round(elapsed / MINUTE)), "minute");
  if (elapsed < DAY) return relative().format(-Math.round(elapsed / HOUR), "hour");
  if (elapsed < 7 * DAY) return relative().format(-Math.round(elapsed / DAY), "day");
  return describeAbsoluteTime(iso);
}

/** "12 Mar 2026, 14:05 UTC": the same on the server and in every browser. */
export function describeAbsoluteTime(iso: string): string {
  return `${absolute().format(new Date(iso))} UTC`;
}
