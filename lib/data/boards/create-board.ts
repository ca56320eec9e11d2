import "server-only";
import { contentHash } from "../../anchoring/content-hash";
import type { TPrismaClient } from "../../db/prisma-client";
import { roleCan } from "../../permissions/roles";
import type { TBoardCreateInput } from "../../schemas/board";
import { recordActivity } from "../activity/record-activity";
import { roleInWorkspace, type TActor } from "../actor";
import { DataError, notFound } from "../errors";

const DEFAULT_WORKSPACE = { slug: "newsroom", name: "Newsroom" } as const;

/** The workspace a new board goes to: the one named, else the actor's only one, else the install's first. */
async function chooseWorkspace(db: TPrismaClient, actor: TActor, workspaceId: string | undefined) {
  if (workspaceId) {
    const workspace = await db.workspace.findUnique({ where: { id: workspaceId }, select: { id: true } });
    if (!workspace || !roleInWorkspace(actor, workspace.id)) throw notFound("Workspace");
    return workspace.id;
  }
  const memberships = Object.keys(actor.roles).filter((id) => id !== "*");
  if (memberships.length === 1) return memberships[0]!;
  if (!("*" in actor.roles)) {
    throw new DataError("invalid", "You belong to several workspaces: say which one with workspaceId.");
  }
  const first = await db.workspace.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true } });
  return first?.id ?? (await db.workspace.create({ data: DEFAULT_WORKSPACE, select: { id: true } })).id;
}

/** A new fact-check board for a pasted article. */
export async function createBoard(db: TPrismaClient, actor: TActor, input: TBoardCreateInput): Promise<{ id: string }> {
  const workspaceId = await chooseWorkspace(db, actor, input.workspaceId);
  const role = roleInWorkspace(actor, workspaceId);
  if (!role || !roleCan(role, "board.create")) {
    throw new DataError("forbidden", `Your role (${role ?? "none"}) does not allow creating boards.`);
  }
  const { article } = input;
  return db.$transaction(async (tx) => {
    const board = await tx.board.create({
      select: { id: true },
      data: {
        workspaceId,
        title: input.title,
        description: input.description,
        article: {
          create: {
            title: article.title ?? null,
            byline: article.byline ?? null,
            publisher: article.publisher ?? null,
            publishedOn: article.publishedOn ?? null,
            url: article.url ?? null,
            text: article.text,
            contentHash: contentHash(article.text),
          },
        },
      },
    });
    // The text itself is not copied into the log: it is fixed once claims anchor to it.
    const after = { title: input.title, description: input.description, article: { ...article, text: `${article.text.length} characters` } };
    await recordActivity(tx, actor, { boardId: board.id, entityType: "board", entityId: board.id, action: "created", before: null, after });
    return board;
  });
}
