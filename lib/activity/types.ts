import { z } from "zod";

export const ACTIVITY_ENTITY_TYPES = [
  "board",
  "claim",
  "evidence",
  "link",
  "relation",
  "undercut",
  "premise_group",
  "comment",
  "membership",
  "invitation",
  "password_reset",
  "workspace",
] as const;
// Workflow moves get their own verbs so the history reads as what happened.
export const ACTIVITY_ACTIONS = [
  "created",
  "updated",
  "deleted",
  /** A deletion undone: the record is back as it was. */
  "restored",
  "assigned",
  "unassigned",
  "proposed",
  "approved",
  "returned",
  "corrected",
] as const;
export const ZActivityEntityType = z.enum(ACTIVITY_ENTITY_TYPES);
export const ZActivityAction = z.enum(ACTIVITY_ACTIONS);
export type TActivityEntityType = z.infer<typeof ZActivityEntityType>;
export type TActivityAction = z.infer<typeof ZActivityAction>;

/** One change, as the UI and the API see it. */
export type TActivityEntryView = {
  id: string;
  /** Null for workspace-level entries (members, invitations, verdict scale). */
  boardId: string | null;
  actorId: string | null;
  entityType: TActivityEntityType;
  entityId: string;
  claimId: string | null;
  action: TActivityAction;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  createdAt: string;
};
