import "server-only";
import type { TDbClient } from "../db/prisma-client";
import type { TRole } from "../permissions/roles";
import { roleCan, type TAction } from "../permissions/roles";
import { roleInWorkspace, type TActor } from "./actor";
import { DataError, notFound } from "./errors";

export type TAuthorizedWorkspace = { id: string; name: string; role: TRole };

/**
 * Loads the workspace and checks the actor may do `action` (or every one of
 * several actions) in it. Someone outside the workspace gets 404, never a hint
 * that it exists; a member whose role does not allow the action gets 403.
 * Takes a transaction's client too, so a write can authorize inside it.
 */
export async function authorizeWorkspace(
  db: TDbClient,
  actor: TActor,
  workspaceId: string,
  action: TAction | readonly TAction[],
): Promise<TAuthorizedWorkspace> {
  const actions = typeof action === "string" ? [action] : action;
  const role = roleInWorkspace(actor, workspaceId);
  if (!role) throw notFound("Workspace");
  const workspace = await db.workspace.findUnique({ where: { id: workspaceId }, select: { id: true, name: true } });
  if (!workspace) throw notFound("Workspace");
  const refused = actions.find((a) => !roleCan(role, a));
  if (refused) throw new DataError("forbidden", `Your role (${role}) does not allow this (${refused}).`);
  return { ...workspace, role };
}
