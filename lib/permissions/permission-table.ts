import { ACTIONS, ROLES, roleCan, type TAction } from "./roles";

// What each action lets someone do, in the README's words.
export const ACTION_DESCRIPTIONS: Record<TAction, string> = {
  "board.create": "Create a board or import one",
  "board.read": "Read a board: article, graph, review board, export (anyone, once the board is public)",
  "discussion.read": "Read a board's comments and activity log (members only, even on a public board)",
  "board.publish": "Make a board public or private",
  "claim.create": "Add a claim from a quote",
  "claim.edit": "Edit a claim's statement, speaker, kind, check-worthiness, base score",
  "claim.delete": "Delete a claim",
  "claim.take": "Take an unassigned claim to research",
  "claim.propose": "Propose a verdict for review (own assigned claims, for checkers)",
  "claim.assign": "Assign or unassign claims, set due dates, bulk actions",
  "claim.review": "Approve (not one's own proposal) or return a proposed verdict",
  "claim.correct": "Correct a published verdict, with a reason",
  "evidence.create": "Add evidence",
  "evidence.edit": "Edit evidence",
  "evidence.delete": "Delete evidence",
  "link.create": "Link evidence to a claim",
  "link.edit": "Change a link's stance, strength or note",
  "link.delete": "Unlink evidence",
  "relation.create": "Add a claim-to-claim relation",
  "relation.edit": "Edit a relation",
  "relation.delete": "Delete a relation",
  "graph.saveLayout": "Save dragged graph positions and layout direction",
  "comment.create": "Comment and reply; edit or delete one's own comments",
  "board.manage": "Rename, archive, restore or delete a board",
  "workspace.readMembers": "See the workspace's members",
  "workspace.manageMembers": "Invite people, change roles, remove members",
  "workspace.editVerdictScale": "Edit the workspace's verdict scale",
  "workspace.rename": "Rename the workspace",
  "workspace.resetPasswords": "Make a password-reset link for a member",
};

/** The README's permission table: every action a row, every role a column. */
export function renderPermissionTable(): string {
  const header = `| Action | ${ROLES.join(" | ")} |`;
  const rule = `| --- | ${ROLES.map(() => ":---:").join(" | ")} |`;
  const rows = ACTIONS.map(
    (action) => `| ${ACTION_DESCRIPTIONS[action]} (\`${action}\`) | ${ROLES.map((role) => (roleCan(role, action) ? "✓" : "—")).join(" | ")} |`,
  );
  return [header, rule, ...rows].join("\n");
}
