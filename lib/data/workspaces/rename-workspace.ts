import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TWorkspaceNameInput } from "../../schemas/workspace";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { authorizeWorkspace } from "../authorize-workspace";
import type { TWorkspaceNameView } from "./create-workspace";

/** Gives the workspace a new name. Owners only. The same name again changes nothing. */
export async function renameWorkspace(
  db: TPrismaClient,
  actor: TActor,
  workspaceId: string,
  input: TWorkspaceNameInput,
): Promise<TWorkspaceNameView> {
  await authorizeWorkspace(db, actor, workspaceId, "workspace.rename");
  return db.$transaction(async (tx) => {
    const current = await tx.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { name: true } });
    if (current.name === input.name) return { id: workspaceId, name: current.name };
    await tx.workspace.update({ where: { id: workspaceId }, data: { name: input.name }, select: { id: true } });
    await recordActivity(tx, actor, {
      boardId: null,
      workspaceId,
      entityType: "workspace",
      entityId: workspaceId,
      action: "updated",
      before: { name: current.name },
      after: { name: input.name },
    });
    return { id: workspaceId, name: input.name };
  });
}
