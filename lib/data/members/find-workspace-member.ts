import "server-only";
import type { TDbClient } from "../../db/prisma-client";
import { ZRole, type TRole } from "../../permissions/roles";
import { DataError } from "../errors";

export type TFoundMember = {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  role: TRole;
  joinedAt: Date;
  ownerCount: number;
};

/** A member of the workspace with the number of its owners, read inside the caller's transaction; 404 if not a member. */
export async function findWorkspaceMember(tx: TDbClient, workspaceId: string, userId: string): Promise<TFoundMember> {
  const membership = await tx.membership.findUnique({
    where: { workspaceId_userId: { workspaceId, userId } },
    select: { id: true, role: true, createdAt: true, user: { select: { name: true, email: true } } },
  });
  if (!membership) throw new DataError("not_found", "That person is not a member of this workspace.");
  const ownerCount = await tx.membership.count({ where: { workspaceId, role: "owner" } });
  return {
    membershipId: membership.id,
    userId,
    name: membership.user.name,
    email: membership.user.email,
    role: ZRole.parse(membership.role),
    joinedAt: membership.createdAt,
    ownerCount,
  };
}
