import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import { ZRole } from "../../permissions/roles";
import type { TActor } from "../actor";

/** The actor for a signed-in user: their role in each workspace they belong to. */
export async function loadMemberActor(db: TPrismaClient, userId: string): Promise<TActor> {
  const memberships = await db.membership.findMany({ where: { userId }, select: { workspaceId: true, role: true } });
  return {
    userId,
    roles: Object.fromEntries(memberships.map((m) => [m.workspaceId, ZRole.parse(m.role)])),
  };
}
