import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import { addMembership } from "./add-membership";
import { forgetMemberActor } from "./member-actor-cache";
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
    const made = await db.$transaction(async (tx) => {
      await tx.setting.create({ data: { key: CLAIM_KEY, value: userId } });
      const workspace =
        (await tx.workspace.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true } })) ??
        (await tx.workspace.create({ data: FIRST_WORKSPACE, select: { id: true } }));
      await addMembership(tx, { userId, roles: { [workspace.id]: "owner" } }, {
        workspaceId: workspace.id,
        userId,
        role: "owner",
        reason: "first account on this install",
      });
      return true;
    });
    forgetMemberActor(userId);
    return made;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}
