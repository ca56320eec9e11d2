import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TInvitationView } from "../../members/types";
import type { TActor } from "../actor";
import { authorizeWorkspace } from "../authorize-workspace";
import { toInvitationViews } from "./to-invitation-view";

/** The workspace's invitations that can still be accepted, newest first. Owners only; never tokens. */
export async function listInvitations(
  db: TPrismaClient,
  actor: TActor,
  workspaceId: string,
  now = new Date(),
): Promise<TInvitationView[]> {
  await authorizeWorkspace(db, actor, workspaceId, "workspace.manageMembers");
  const rows = await db.invitation.findMany({
    where: { workspaceId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return toInvitationViews(db, rows);
}
