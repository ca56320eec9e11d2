import type { TRole } from "../permissions/roles";

/** Who is asking. Roles are per workspace. */
export type TActor = {
  userId: string | null;
  /** Role in each workspace the actor belongs to; "*" applies to every workspace. */
  roles: Record<string, TRole>;
};

/**
 * The install itself, owner of every workspace: for scripts (seeding, the
 * benchmark) and tests, never for a request. Requests act as the signed-in
 * member (lib/http/request-actor.ts).
 */
export const LOCAL_OWNER: TActor = { userId: null, roles: { "*": "owner" } };

export function roleInWorkspace(actor: TActor, workspaceId: string): TRole | null {
  return actor.roles[workspaceId] ?? actor.roles["*"] ?? null;
}
