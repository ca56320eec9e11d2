import type { TRole } from "../permissions/roles";

export const ROLE_LABELS: Record<TRole, string> = {
  owner: "Owner",
  editor: "Editor",
  checker: "Checker",
  viewer: "Viewer",
};

/** What each role may do, in a line for the invite form and the invite page. */
export const ROLE_DESCRIPTIONS: Record<TRole, string> = {
  owner: "everything an editor can, and manages members and roles",
  editor: "approves or returns verdicts, assigns work and manages boards",
  checker: "researches claims, links evidence and proposes verdicts",
  viewer: "reads the workspace's boards",
};

/** "an editor", "a checker": for sentences. */
export function withArticle(role: TRole): string {
  const label = ROLE_LABELS[role].toLowerCase();
  return /^[aeiou]/.test(label) ? `an ${label}` : `a ${label}`;
}
