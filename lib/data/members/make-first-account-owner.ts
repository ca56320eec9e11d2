import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import { recordActivity } from "../activity/record-activity";
import { isUniqueViolation } from "../errors";

const CLAIM_KEY = "install.firstOwner";
const FIRST_WORKSPACE = { slug: "newsroom", name: "Newsroom" } as const;

/**
 * The first account on an install with no members becomes the owner of its
 * first workspace (made if there is none). A row in Setting is the claim, so
 * two simultaneous first sign-ups can't both become owner.
 */
export async function makeFirstAccountOwner(db: TPrismaClient, userId: string): Promise<boolean> {
  if ((await db.membership.count()) > 0) return false;
  try {
    return await db.$transaction(async (tx) => {
      await tx.setting.create({ data: { key: CLAIM_KEY, value: userId } });
      const workspace =
        (await tx.workspace.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true } })) ??
        (await tx.workspace.create({ data: FIRST_WORKSPACE, select: { id: true } }));
      const membership = await tx.membership.create({
        data: { workspaceId: workspace.id, userId, role: "owner" },
        include: { user: { select: { name: true } } },
      });
      await recordActivity(tx, { userId, roles: { [workspace.id]: "owner" } }, {
        boardId: null,
        workspaceId: workspace.id,
        entityType: "membership",
        entityId: membership.id,
        action: "created",
        before: null,
        after: { userId, name: membership.user.name, role: "owner", reason: "first account on this install" },
      });
      return true;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}
