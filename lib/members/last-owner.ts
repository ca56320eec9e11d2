import type { TRole } from "../permissions/roles";

/**
 * A workspace always keeps at least one owner. Returns why a change is refused,
 * or null when it may go ahead. `nextRole` null means the member leaves or is removed.
 */
export function lastOwnerProblem(
  member: { name: string; role: TRole; isSelf: boolean },
  nextRole: TRole | null,
  ownerCount: number,
): string | null {
  if (member.role !== "owner" || nextRole === "owner" || ownerCount > 1) return null;
  const who = member.isSelf ? "You are" : `${member.name} is`;
  return nextRole === null
    ? `${who} the workspace's only owner, so ${member.isSelf ? "you" : "they"} can't leave it. Make someone else an owner first.`
    : `${who} the workspace's only owner. Make someone else an owner first, then change this role.`;
}
