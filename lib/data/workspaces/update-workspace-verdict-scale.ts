import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import {
  ZVerdictScaleUpdateInput,
  type TVerdictScaleSettings,
  type TVerdictScaleUpdateInput,
} from "../../verdicts/verdict-scale-overrides";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { authorizeWorkspace } from "../authorize-workspace";
import { DataError, notFound } from "../errors";
import { describeZodError } from "../../schemas/describe-zod-error";
import { toVerdictScaleSettings, verdictScaleRevision } from "./to-verdict-scale-settings";

/**
 * Replaces the workspace's verdict scale overrides (owners only). The save must
 * name the revision it started from; one made over a newer save is refused with
 * 409 and the current scale, never silently overwriting it.
 */
export async function updateWorkspaceVerdictScale(
  db: TPrismaClient,
  actor: TActor,
  workspaceId: string,
  input: TVerdictScaleUpdateInput,
): Promise<TVerdictScaleSettings> {
  await authorizeWorkspace(db, actor, workspaceId, "workspace.editVerdictScale");
  // Checked here as well as at the route: the contrast rule holds for every caller.
  const parsed = ZVerdictScaleUpdateInput.safeParse(input);
  if (!parsed.success) {
    const { message, issues } = describeZodError(parsed.error);
    throw new DataError("invalid", message, { issues });
  }
  const { overrides, revision } = parsed.data;
  const next = overrides !== null && Object.keys(overrides).length > 0 ? JSON.stringify(overrides) : null;
  const outcome = await db.$transaction(async (tx) => {
    const workspace = await tx.workspace.findUnique({ where: { id: workspaceId }, select: { verdictScale: true } });
    if (!workspace) throw notFound("Workspace");
    const current = workspace.verdictScale;
    if (verdictScaleRevision(current) !== revision) return { saved: false as const, current };
    if (next === current) return { saved: true as const, current };
    // Matching the stored text in the WHERE makes a concurrent save lose cleanly instead of overwriting.
    const { count } = await tx.workspace.updateMany({
      where: { id: workspaceId, verdictScale: current },
      data: { verdictScale: next },
    });
    if (count === 0) {
      const latest = await tx.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { verdictScale: true } });
      return { saved: false as const, current: latest.verdictScale };
    }
    await recordActivity(tx, actor, {
      boardId: null,
      workspaceId,
      entityType: "workspace",
      entityId: workspaceId,
      action: "updated",
      before: { verdictScale: toVerdictScaleSettings(current).overrides },
      after: { verdictScale: toVerdictScaleSettings(next).overrides },
    });
    return { saved: true as const, current: next };
  });
  if (!outcome.saved) {
    throw new DataError(
      "conflict",
      "Someone else changed this workspace's verdict scale since you opened it. Review the current scale and apply your change again.",
      { current: toVerdictScaleSettings(outcome.current) },
    );
  }
  return toVerdictScaleSettings(outcome.current);
}
