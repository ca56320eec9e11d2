import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TMyWorkspaceView } from "../../members/types";
import { ZRole } from "../../permissions/roles";
import type { TActor } from "../actor";

/** The workspaces the signed-in person belongs to, with their role in each. Nobody signed in: none. */
export async function listMyWorkspaces(db: TPrismaClient, actor: TActor): Promise<TMyWorkspaceView[]> {
  if (actor.userId === null) return [];
  const memberships = await db.membership.findMany({
    where: { userId: actor.userId },
    orderBy: [{ workspace: { name: "asc" } }, { workspaceId: "asc" }],
    select: {
      role: true,
      workspace: { select: { id: true, name: true, _count: { select: { memberships: true } } } },
    },
  });
  return memberships.map(({ role, workspace }) => ({
    id: workspace.id,
    name: workspace.name,
    role: ZRole.parse(role),
    memberCount: workspace._count.memberships,
  }));
}
