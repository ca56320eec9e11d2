// Shared by the membership integration tests: a workspace per test, and a board with claims in it.
import { createHash } from "node:crypto";
import type { TDbClient, TPrismaClient } from "../db/prisma-client";
import type { TActor } from "../data/actor";

export const ANONYMOUS: TActor = { userId: null, roles: {} };
export const DAY = 24 * 60 * 60 * 1000;

let workspaceCounter = 0;
/** The next workspace's number, for a readable name. */
export const nextWorkspaceNumber = () => workspaceCounter + 1;

export async function createWorkspace(db: TPrismaClient, name: string) {
  workspaceCounter += 1;
  return db.workspace.create({ data: { slug: `ws-${workspaceCounter}-${Date.now()}`, name }, select: { id: true, name: true } });
}

const ARTICLE = "One claim here. Two claims there. Three is a crowd. Four on the floor. Five alive.";

export async function createBoardWithClaims(db: TPrismaClient, workspaceId: string, quotes: string[]) {
  return db.board.create({
    data: {
      workspaceId,
      title: "Membership test board",
      article: { create: { text: ARTICLE, contentHash: createHash("sha256").update(ARTICLE).digest("hex") } },
      claims: {
        create: quotes.map((quote, index) => {
          const start = ARTICLE.indexOf(quote);
          return {
            number: index + 1,
            statement: quote,
            quoteExact: quote,
            quotePrefix: "",
            quoteSuffix: "",
            positionStart: start,
            positionEnd: start + quote.length,
            kind: "other",
            checkworthiness: 0.5,
          };
        }),
      },
    },
    select: { id: true, claims: { select: { id: true, statement: true } } },
  });
}

/** Membership-level activity of a workspace, oldest first. */
export const workspaceActivity = (db: TDbClient, workspaceId: string) =>
  db.activityEntry.findMany({ where: { workspaceId, boardId: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
