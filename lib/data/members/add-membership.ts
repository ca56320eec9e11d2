import "server-only";
import type { TDbClient } from "../../db/prisma-client";
import type { TRole } from "../../permissions/roles";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";

/**
 * Makes someone a member with a role and logs it, inside the caller's
 * transaction. Callers decide who may (accepting an invitation, the first
 * account, the demo team); `details` add to the logged record, e.g. the invitation.
 */
export async function addMembership(
  tx: TDbClient,
  actor: TActor,
  membership: { workspaceId: string; userId: string; role: TRole; reason: string; details?: Record<string, unknown> },
): Promise<{ id: string }> {
  const { workspaceId, userId, role, reason, details } = membership;
  const created = await tx.membership.create({
    data: { workspaceId, userId, role },
    select: { id: true, user: { select: { name: true } } },
  });
  await recordActivity(tx, actor, {
    boardId: null,
    workspaceId,
    entityType: "membership",
    entityId: created.id,
    action: "created",
    before: null,
    after: { userId, name: created.user.name, role, ...details, reason },
  });
  return { id: created.id };
}
