import type { TActivityEntryView } from "./types";

export type TFieldChange = { field: string; before: unknown; after: unknown };

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
  comment: "comment",
  membership: "membership",
  invitation: "invitation",
  workspace: "workspace settings",
};

/** A one-line summary, e.g. "updated the claim: verdict, verdictRationale". */
export function summariseActivity(entry: TActivityEntryView): string {
  const noun = ENTITY_NOUNS[entry.entityType];
  if (entry.action !== "updated") return `${entry.action} the ${noun}`;
  const fields = changedFields(entry).map((change) => change.field);
  return fields.length ? `updated the ${noun}: ${fields.join(", ")}` : `saved the ${noun} without changes`;
}

/** What the entry is about, in the record's own words (a claim's statement, evidence's title). */
export function activitySubject(entry: Pick<TActivityEntryView, "entityType" | "before" | "after">): string | null {
  const record = entry.after ?? entry.before ?? {};
  const field = {
    board: "title",
    claim: "statement",
    evidence: "title",
    link: "stance",
    relation: "type",
    comment: "body",
    membership: "name",
    invitation: "role",
    workspace: "name",
  }[entry.entityType];
  const value = record[field];
  return typeof value === "string" && value ? value : null;
}
