// Workspace roles and what each may do. The data-access layer asks `roleCan`
// before every read and write.
export const ROLES = ["owner", "editor", "checker", "viewer"] as const;
export type TRole = (typeof ROLES)[number];

export const ACTIONS = [
  "board.create",
  "board.read",
  "board.manage",
  "claim.create",
  "claim.edit",
  "claim.delete",
  "claim.setVerdict",
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
] as const;
export type TAction = (typeof ACTIONS)[number];

const VIEWER: readonly TAction[] = ["board.read"];
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
];
const EDITOR: readonly TAction[] = [
  ...CHECKER,
  "board.create",
  "board.manage",
  "claim.delete",
  "claim.setVerdict",
  "evidence.delete",
];

const PERMISSIONS: Record<TRole, ReadonlySet<TAction>> = {
  viewer: new Set(VIEWER),
  checker: new Set(CHECKER),
  editor: new Set(EDITOR),
  owner: new Set(EDITOR),
};

export function roleCan(role: TRole, action: TAction): boolean {
  return PERMISSIONS[role].has(action);
}
