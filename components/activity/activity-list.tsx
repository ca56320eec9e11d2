"use client";

import {
  activityActorName,
  activityDetail,
  activitySubject,
  changedFields,
  deletedCommentText,
  summariseActivity,
  type TActivityContext,
} from "@/lib/activity/describe-activity";
import type { TActivityEntryView } from "@/lib/activity/types";
import { onFirstUse } from "@/lib/display/on-first-use";
import { useBoardStore } from "../board/board-store";
import { useVerdictScale } from "../verdicts/verdict-scale-context";

function shortValue(value: unknown, max = 80): string {
  if (value === null || value === undefined || value === "") return "—";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const timeFormat = onFirstUse(() => new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }));

// Comments are read, not skimmed: show more of them than of a claim's statement.
const COMMENT_PREVIEW = 280;

function EntryDetails({ entry, context }: { entry: TActivityEntryView; context: TActivityContext }) {
  const deletedText = deletedCommentText(entry, context);
  if (deletedText !== null) {
    // Its author took it back: the log keeps the words, but only shows them when asked.
    return (
      <details className="activity-deleted-comment small">
        <summary>Show the deleted comment&apos;s text</summary>
        <blockquote>
          <del>{deletedText}</del>
        </blockquote>
      </details>
    );
  }
  const detail = activityDetail(entry, context);
  if (detail) {
    return (
      <ul className="activity-changes">
        <li className="small">
          <span className="muted">{detail.label}:</span>{" "}
          {detail.before !== undefined ? (
            <>
              <del>{shortValue(detail.before, COMMENT_PREVIEW)}</del> →{" "}
            </>
          ) : null}
          <ins>{shortValue(detail.after, COMMENT_PREVIEW)}</ins>
        </li>
      </ul>
    );
  }
  if (entry.action !== "updated") return null;
  return (
    <ul className="activity-changes">
      {changedFields(entry).map((change) => (
        <li key={change.field} className="small">
          <span className="muted">{change.field}:</span> <del>{shortValue(change.before)}</del> →{" "}
          <ins>{shortValue(change.after)}</ins>
        </li>
      ))}
    </ul>
  );
}

/**
 * Who did what and when, newest first, with the values each update changed.
 * People are named from the board's members; `showClaim` adds which claim a
 * comment was on (the board feed needs it, a claim's own history does not).
 */
export function ActivityList({ entries, showClaim = true }: { entries: TActivityEntryView[]; showClaim?: boolean }) {
  const { board } = useBoardStore();
  const scale = useVerdictScale();
  const context: TActivityContext = {
    members: board.members,
    verdictLabel: (verdict) => scale[verdict as keyof typeof scale]?.label ?? verdict,
  };
  if (entries.length === 0) return <p className="muted small">No changes recorded yet.</p>;
  const statements = new Map(board.claims.map((claim) => [claim.id, claim.statement]));
  return (
    <ol className="plain-list activity-list" data-testid="activity-list">
      {entries.map((entry) => {
        const about = activitySubject(entry, context);
        const isComment = entry.entityType === "comment";
        const onClaim = showClaim && isComment && entry.claimId ? statements.get(entry.claimId) : undefined;
        return (
          <li key={entry.id} className="activity-entry">
            <p className="small">
              <time dateTime={entry.createdAt}>{timeFormat().format(new Date(entry.createdAt))} UTC</time> ·{" "}
              <strong>{activityActorName(entry, context)}</strong> {summariseActivity(entry, context)}
              {onClaim ? <span className="muted"> on “{shortValue(onClaim)}”</span> : null}
              {about && !(isComment && entry.action === "updated") ? (
                <span className="muted"> · “{shortValue(about, isComment ? COMMENT_PREVIEW : 80)}”</span>
              ) : null}
            </p>
            <EntryDetails entry={entry} context={context} />
          </li>
        );
      })}
    </ol>
  );
}
