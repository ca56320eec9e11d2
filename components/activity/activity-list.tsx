import { activitySubject, changedFields, summariseActivity } from "@/lib/activity/describe-activity";
import type { TActivityEntryView } from "@/lib/activity/types";

function shortValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** Who did what and when, newest first, with the values each update changed. */
export function ActivityList({ entries }: { entries: TActivityEntryView[] }) {
  if (entries.length === 0) return <p className="muted small">No changes recorded yet.</p>;
  return (
    <ol className="plain-list activity-list" data-testid="activity-list">
      {entries.map((entry) => {
        const about = activitySubject(entry);
        return (
          <li key={entry.id} className="activity-entry">
            <p className="small">
              <time dateTime={entry.createdAt}>{timeFormat.format(new Date(entry.createdAt))} UTC</time> ·{" "}
              <strong>{entry.actorId ?? "Local owner"}</strong> {summariseActivity(entry)}
              {about ? <span className="muted"> · “{shortValue(about)}”</span> : null}
            </p>
            {entry.action === "updated" ? (
              <ul className="activity-changes">
                {changedFields(entry).map((change) => (
                  <li key={change.field} className="small">
                    <span className="muted">{change.field}:</span> <del>{shortValue(change.before)}</del> →{" "}
                    <ins>{shortValue(change.after)}</ins>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
