import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TWorkspaceMemberView } from "../../members/types";
import { ZRole } from "../../permissions/roles";
import type { TActor } from "../actor";
import { authorizeWorkspace } from "../authorize-workspace";

/** The workspace's members with their roles, longest-standing first. Members only. */
export async function listWorkspaceMembers(
  db: TPrismaClient,
  actor: TActor,
  workspaceId: string,
): Promise<TWorkspaceMemberView[]> {
  await authorizeWorkspace(db, actor, workspaceId, "workspace.readMembers");
  const memberships = await db.membership.findMany({
    where: { workspaceId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
  });
  return memberships.map((membership) => ({
    userId: membership.user.id,
    name: membership.user.name,
    email: membership.user.email,
    role: ZRole.parse(membership.role),
    joinedAt: membership.createdAt.toISOString(),
  }));
}
