import "server-only";
import { mentionTokens } from "../../comments/mentions";
import type { TDbClient } from "../../db/prisma-client";
import { DataError } from "../errors";

/** The ids the body mentions, once each; refused (400, naming them) unless every one is a member of the workspace. */
export async function checkMentionedMembers(db: TDbClient, workspaceId: string, body: string): Promise<string[]> {
  const mentions = mentionTokens(body);
  if (mentions.length === 0) return [];
  const members = await db.membership.findMany({
    where: { workspaceId, userId: { in: mentions.map((mention) => mention.userId) } },
    select: { userId: true },
  });
  const memberIds = new Set(members.map((member) => member.userId));
  const outsiders = mentions.filter((mention) => !memberIds.has(mention.userId));
  if (outsiders.length > 0) {
    const names = outsiders.map((mention) => `@${mention.name}`).join(", ");
    throw new DataError(
      "invalid",
      `Only members of this workspace can be mentioned, and ${names} ${outsiders.length === 1 ? "is not one" : "are not"}. Remove the mention or invite them to the workspace first.`,
      { notMembers: outsiders.map((mention) => mention.userId) },
    );
  }
  return mentions.map((mention) => mention.userId);
}
