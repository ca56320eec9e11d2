import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import { roleCan } from "../../permissions/roles";
import { roleInWorkspace, type TActor } from "../actor";
import { DataError, notFound } from "../errors";

const DEFAULT_WORKSPACE = { slug: "newsroom", name: "Newsroom" } as const;

/** The workspace a new board goes to: the one named, else the actor's only one, else the install's first. */
async function chooseWorkspace(db: TPrismaClient, actor: TActor, workspaceId: string | undefined) {
  if (workspaceId) {
    const workspace = await db.workspace.findUnique({ where: { id: workspaceId }, select: { id: true } });
    if (!workspace || !roleInWorkspace(actor, workspace.id)) throw notFound("Workspace");
    return workspace.id;
  }
  const memberships = Object.keys(actor.roles).filter((id) => id !== "*");
  if (memberships.length === 1) return memberships[0]!;
  if (memberships.length === 0 && !("*" in actor.roles)) {
    throw new DataError(
      actor.userId ? "forbidden" : "unauthenticated",
      actor.userId
        ? "You are not a member of any workspace yet. Ask a workspace owner for an invitation link."
        : "Sign in to create a board.",
    );
  }
  if (!("*" in actor.roles)) {
    throw new DataError("invalid", "You belong to several workspaces: say which one with workspaceId.");
  }
  const first = await db.workspace.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true } });
  return first?.id ?? (await db.workspace.create({ data: DEFAULT_WORKSPACE, select: { id: true } })).id;
}

/** The workspace a new board goes to, once the actor is known to be allowed to create boards there. */
export async function chooseWorkspaceForNewBoard(db: TPrismaClient, actor: TActor, workspaceId: string | undefined): Promise<string> {
  const chosen = await chooseWorkspace(db, actor, workspaceId);
  const role = roleInWorkspace(actor, chosen);
  if (!role || !roleCan(role, "board.create")) {
    throw new DataError("forbidden", `Your role (${role ?? "none"}) does not allow creating boards.`);
  }
  return chosen;
}
