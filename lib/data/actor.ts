import type { TRole } from "../permissions/roles";

/** Who is asking. Roles are per workspace. */
export type TActor = {
  userId: string | null;
  /** Role in each workspace the actor belongs to; "*" applies to every workspace. */
  roles: Record<string, TRole>;
};

/**
 * The single local user of an install without accounts: owner of every
 * workspace. Accounts and sign-in (the team workflow) replace this with the
 * signed-in member's roles.
 */
export const LOCAL_OWNER: TActor = { userId: null, roles: { "*": "owner" } };

export function roleInWorkspace(actor: TActor, workspaceId: string): TRole | null {
  return actor.roles[workspaceId] ?? actor.roles["*"] ?? null;
}
