import { z } from "zod";

// Workspace roles and what each may do. The data-access layer asks `roleCan`
// before every read and write.
export const ROLES = ["owner", "editor", "checker", "viewer"] as const;
export const ZRole = z.enum(ROLES, { error: `role must be one of: ${ROLES.join(", ")}` });
export type TRole = z.infer<typeof ZRole>;

export const ACTIONS = [
  "board.create",
  "board.read",
  "discussion.read",
  "claim.create",
  "claim.edit",
  "claim.delete",
  "claim.take",
  "claim.propose",
  "claim.assign",
  "claim.review",
  "claim.correct",
  "evidence.create",
  "evidence.edit",
  "evidence.delete",
  "link.create",
  "link.edit",
  "link.delete",
  "relation.create",
  "relation.edit",
  "relation.delete",
  "graph.saveLayout",
  "comment.create",
  "board.publish",
  "board.manage",
  "workspace.readMembers",
  "workspace.manageMembers",
  "workspace.editVerdictScale",
  "workspace.rename",
  "workspace.resetPasswords",
] as const;
export type TAction = (typeof ACTIONS)[number];

// Internal work (comments, the activity log) is for members only, even on a public board.
const VIEWER: readonly TAction[] = ["board.read", "discussion.read", "workspace.readMembers"];
const CHECKER: readonly TAction[] = [
  ...VIEWER,
  "claim.create",
  "claim.edit",
  "evidence.create",
  "evidence.edit",
  "link.create",
  "link.edit",
  "link.delete",
  "relation.create",
  "relation.edit",
  "relation.delete",
  "graph.saveLayout",
  "claim.take",
  "claim.propose",
  "comment.create",
];
const EDITOR: readonly TAction[] = [
  ...CHECKER,
  "board.create",
  "claim.delete",
  "claim.assign",
  "claim.review",
  "claim.correct",
  "evidence.delete",
  "board.publish",
  "board.manage",
];
const OWNER: readonly TAction[] = [
  ...EDITOR,
  "workspace.manageMembers",
  "workspace.editVerdictScale",
  "workspace.rename",
  "workspace.resetPasswords",
];

const PERMISSIONS: Record<TRole, ReadonlySet<TAction>> = {
  viewer: new Set(VIEWER),
  checker: new Set(CHECKER),
  editor: new Set(EDITOR),
  owner: new Set(OWNER),
};

export function roleCan(role: TRole, action: TAction): boolean {
  return PERMISSIONS[role].has(action);
}
