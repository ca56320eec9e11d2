import { mentionsToPlainText, type TMentionable } from "../comments/mentions";
import { memberName } from "../members/member-name";
import { VERDICT_SCALE } from "../verdicts/verdict-scale";
import type { TActivityEntryView } from "./types";

export type TFieldChange = { field: string; before: unknown; after: unknown };

/** What a description may name: members by id (actors, assignees, mentions) and verdicts by the workspace's labels. */
export type TActivityContext = {
  members?: readonly TMentionable[];
  verdictLabel?: (verdict: string) => string;
};

// Bookkeeping fields that change with every save and say nothing to a reader.
const IGNORED_FIELDS = new Set(["id", "version", "updatedAt"]);

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The fields an update changed, in the record's own field order. */
export function changedFields(entry: Pick<TActivityEntryView, "before" | "after">): TFieldChange[] {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((field) => !IGNORED_FIELDS.has(field) && !same(before[field], after[field]))
    .map((field) => ({ field, before: before[field], after: after[field] }));
}

const ENTITY_NOUNS: Record<TActivityEntryView["entityType"], string> = {
  board: "board",
  claim: "claim",
  evidence: "evidence",
  link: "evidence link",
  relation: "claim relation",
  undercut: "undercut",
  premise_group: "premise group",
  comment: "comment",
  membership: "membership",
  invitation: "invitation",
  password_reset: "password-reset link",
  workspace: "workspace settings",
};

const text = (value: unknown): string | null => (typeof value === "string" && value ? value : null);

/** Who made the change, by name. Entries without an actor date from before accounts (or are the seed's). */
export function activityActorName(entry: Pick<TActivityEntryView, "actorId">, context: TActivityContext = {}): string {
  const name = memberName(context.members, entry.actorId);
  // No actor: the install itself (seeding the demo team, migrations).
  if (name === null) return "Claimgraph setup";
  return name === "a former member" ? "A former member" : name;
}

function verdictName(verdict: unknown, context: TActivityContext): string {
  if (typeof verdict !== "string") return "a verdict";
  return context.verdictLabel?.(verdict) ?? VERDICT_SCALE[verdict as keyof typeof VERDICT_SCALE]?.label ?? verdict;
}

function summariseWorkflow(entry: TActivityEntryView, context: TActivityContext): string | null {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  switch (entry.action) {
    case "assigned": {
      const assigneeId = text(after.assigneeId);
      if (assigneeId && assigneeId === entry.actorId) return "took the claim";
      return assigneeId ? `assigned the claim to ${memberName(context.members, assigneeId)}` : "assigned the claim";
    }
    case "unassigned": {
      const previous = text(before.assigneeId);
      return previous ? `unassigned ${memberName(context.members, previous)} from the claim` : "unassigned the claim";
    }
    case "proposed":
      return `proposed ${verdictName(after.proposedVerdict, context)}`;
    case "approved":
      return `approved and published ${verdictName(after.verdict, context)}`;
    case "returned":
      return "returned the claim for more work";
    case "corrected": {
      const correction = (after.correction ?? {}) as Record<string, unknown>;
      const from = correction.fromVerdict ?? before.verdict;
      const to = correction.toVerdict ?? after.verdict;
      return `corrected the verdict from ${verdictName(from, context)} to ${verdictName(to, context)}`;
    }
    default:
      return null;
  }
}

/** A one-line summary, e.g. "updated the claim: speaker", "proposed Disputed", "commented". */
export function summariseActivity(entry: TActivityEntryView, context: TActivityContext = {}): string {
  if (entry.entityType === "comment") {
    if (entry.action === "created") return entry.after?.parentId ? "replied to a comment" : "commented";
    if (entry.action === "updated") return "edited a comment";
    if (entry.action === "deleted") return "deleted a comment";
    if (entry.action === "restored") return "restored a deleted comment";
  }
  const workflow = summariseWorkflow(entry, context);
  if (workflow) return workflow;
  const noun = ENTITY_NOUNS[entry.entityType];
  if (entry.action !== "updated") return `${entry.action} the ${noun}`;
  const fields = changedFields(entry).map((change) => change.field);
  return fields.length ? `updated the ${noun}: ${fields.join(", ")}` : `saved the ${noun} without changes`;
}

/** A comment's text with mentions as "@Name"; a deleted comment's is the text it had. */
function commentText(record: Record<string, unknown> | null, context: TActivityContext): string | null {
  const body = text(record?.body);
  return body ? mentionsToPlainText(body, context.members) : null;
}

/**
 * What the entry is about, in the record's own words (a claim's statement, evidence's title, a comment's text).
 * A deleted comment has none here: its author took it back, so its text is only shown on request (deletedCommentText).
 */
export function activitySubject(
  entry: Pick<TActivityEntryView, "entityType" | "action" | "before" | "after">,
  context: TActivityContext = {},
): string | null {
  if (entry.entityType === "comment") {
    if (entry.action === "deleted") return null;
    return commentText(entry.after, context) ?? commentText(entry.before, context);
  }
  const record = entry.after ?? entry.before ?? {};
  const field = {
    board: "title",
    claim: "statement",
    evidence: "title",
    link: "stance",
    relation: "type",
    undercut: "note",
    premise_group: "type",
    comment: "body",
    membership: "name",
    invitation: "role",
    password_reset: "name",
    workspace: "name",
  }[entry.entityType];
  return text(record[field]);
}

/** The text a deleted comment had, which the append-only log keeps (for members only); null for other entries. */
export function deletedCommentText(
  entry: Pick<TActivityEntryView, "entityType" | "action" | "before">,
  context: TActivityContext = {},
): string | null {
  return entry.entityType === "comment" && entry.action === "deleted" ? commentText(entry.before, context) : null;
}

/**
 * The one change worth spelling out under the summary, where a list of
 * fields would say less: an edited comment's text before and after, a
 * proposal's rationale, a correction's reason.
 */
export function activityDetail(
  entry: TActivityEntryView,
  context: TActivityContext = {},
): { label: string; before?: string | null; after: string | null } | null {
  const after = entry.after ?? {};
  if (entry.entityType === "comment" && entry.action === "updated") {
    return { label: "text", before: commentText(entry.before, context), after: commentText(entry.after, context) };
  }
  if (entry.entityType !== "claim") return null;
  if (entry.action === "proposed") return { label: "rationale", after: text(after.proposedRationale) };
  if (entry.action === "corrected") {
    const correction = (after.correction ?? {}) as Record<string, unknown>;
    return { label: "reason", after: text(correction.reason) };
  }
  return null;
}
