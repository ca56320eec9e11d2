// Due dates are calendar dates (YYYY-MM-DD), judged against today's date in UTC.
export const DUE_SOON_DAYS = 7;

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return isoDay(date);
}

export function isOverdue(dueOn: string | null, stage: string, today: string): boolean {
  return dueOn !== null && stage !== "published" && dueOn < today;
}

/** "Overdue by 3 days", "Due today", "Due in 2 days": words, so it never rests on colour. */
export function dueDescription(dueOn: string, today: string): string {
  const days = Math.round((Date.parse(`${dueOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  if (days < 0) return `Overdue by ${-days} ${-days === 1 ? "day" : "days"}`;
  if (days === 0) return "Due today";
  if (days === 1) return "Due tomorrow";
  return `Due in ${days} days`;
}
