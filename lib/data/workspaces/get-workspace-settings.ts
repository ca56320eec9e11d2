import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import { roleCan, type TRole } from "../../permissions/roles";
import type { TVerdictScaleSettings } from "../../verdicts/verdict-scale-overrides";
import type { TActor } from "../actor";
import { authorizeWorkspace } from "../authorize-workspace";
import { notFound } from "../errors";
import { toVerdictScaleSettings } from "./to-verdict-scale-settings";

export type TWorkspaceSettings = {
  id: string;
  name: string;
  viewerRole: TRole;
  /** Whether the viewer may change the verdict scale (owners). */
  canEditVerdictScale: boolean;
  verdictScale: TVerdictScaleSettings;
};

/** A workspace's settings, for any of its members. */
export async function getWorkspaceSettings(db: TPrismaClient, actor: TActor, workspaceId: string): Promise<TWorkspaceSettings> {
  const { role } = await authorizeWorkspace(db, actor, workspaceId, "board.read");
  const workspace = await db.workspace.findUnique({
    where: { id: workspaceId },
    select: { id: true, name: true, verdictScale: true },
  });
  if (!workspace) throw notFound("Workspace");
  return {
    id: workspace.id,
    name: workspace.name,
    viewerRole: role,
    canEditVerdictScale: roleCan(role, "workspace.editVerdictScale"),
    verdictScale: toVerdictScaleSettings(workspace.verdictScale),
  };
}
