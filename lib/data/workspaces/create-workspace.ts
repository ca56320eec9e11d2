import "server-only";
import { randomBytes } from "node:crypto";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TWorkspaceNameInput } from "../../schemas/workspace";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { DataError } from "../errors";
import { addMembership } from "../members/add-membership";
import { forgetMemberActor } from "../members/member-actor-cache";

export type TWorkspaceNameView = { id: string; name: string };

/** A new workspace, with the signed-in person as its owner. Anyone signed in may start one. */
export async function createWorkspace(db: TPrismaClient, actor: TActor, input: TWorkspaceNameInput): Promise<TWorkspaceNameView> {
  const userId = actor.userId;
  if (userId === null) throw new DataError("unauthenticated", "Sign in to create a workspace.");
  const created = await db.$transaction(async (tx) => {
    // The slug is only a unique key; people see the name.
    const workspace = await tx.workspace.create({
      data: { name: input.name, slug: `ws-${randomBytes(9).toString("base64url")}` },
      select: { id: true, name: true },
    });
    await recordActivity(tx, actor, {
      boardId: null,
      workspaceId: workspace.id,
      entityType: "workspace",
      entityId: workspace.id,
      action: "created",
      before: null,
      after: { name: workspace.name },
    });
    await addMembership(tx, actor, { workspaceId: workspace.id, userId, role: "owner", reason: "created the workspace" });
    return workspace;
  });
  forgetMemberActor(userId);
  return created;
}
