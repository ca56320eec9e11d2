import "server-only";
import type { TDbClient } from "../../db/prisma-client";
import { ZRole, type TRole } from "../../permissions/roles";
import { DataError } from "../errors";

/** The role of the person a claim is being assigned to; 400 when they are not in the board's workspace. */
export async function findAssigneeRole(tx: TDbClient, workspaceId: string, assigneeId: string): Promise<TRole> {
  const membership = await tx.membership.findUnique({
    where: { workspaceId_userId: { workspaceId, userId: assigneeId } },
    select: { role: true },
  });
  if (!membership) {
    throw new DataError(
      "invalid",
      "That person is not a member of this board's workspace, so the claim can't be assigned to them. Choose a member, or invite them first.",
      { assigneeId },
    );
  }
  return ZRole.parse(membership.role);
}
