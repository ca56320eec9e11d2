import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TCreatedInvitation } from "../../members/types";
import { INVITATION_LIFETIME_DAYS, type TInvitationCreateInput } from "../../schemas/invitation";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { authorizeWorkspace } from "../authorize-workspace";
import { DataError } from "../errors";
import { hashInvitationToken, newInvitationToken } from "./invitation-token";
import { toInvitationViews } from "./to-invitation-view";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A single-use link to join the workspace with a role, valid for seven days.
 * Owners only. The token is returned this once; the database keeps only its hash.
 */
export async function createInvitation(
  db: TPrismaClient,
  actor: TActor,
  workspaceId: string,
  input: TInvitationCreateInput,
  now = new Date(),
): Promise<TCreatedInvitation> {
  await authorizeWorkspace(db, actor, workspaceId, "workspace.manageMembers");
  if (actor.userId === null) throw new DataError("unauthenticated", "Sign in to invite people to this workspace.");
  const { role, note } = input;
  const token = newInvitationToken();
  const createdById = actor.userId;
  const row = await db.$transaction(async (tx) => {
    const invitation = await tx.invitation.create({
      data: {
        workspaceId,
        tokenHash: hashInvitationToken(token),
        role,
        note,
        createdById,
        createdAt: now,
        expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_DAYS * DAY_MS),
      },
    });
    await recordActivity(tx, actor, {
      boardId: null,
      workspaceId,
      entityType: "invitation",
      entityId: invitation.id,
      action: "created",
      before: null,
      after: { role, note, expiresAt: invitation.expiresAt.toISOString() },
    });
    return invitation;
  });
  const [invitation] = await toInvitationViews(db, [row]);
  return { invitation: invitation!, token, path: `/invite/${token}` };
}
