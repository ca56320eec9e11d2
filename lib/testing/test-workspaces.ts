// Shared by the membership integration tests: a workspace per test, and a board with claims in it.
import { createHash } from "node:crypto";
import type { TDbClient, TPrismaClient } from "../db/prisma-client";
import type { TActor } from "../data/actor";
import { createTestMember, createTestOutsider, type TTestMember } from "./test-members";

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

export type TWorkspaceTeam = {
  workspaceId: string;
  workspaceName: string;
  owner: TTestMember;
  editor: TTestMember;
  checker: TTestMember;
  viewer: TTestMember;
  /** Signed in, but in no workspace. */
  outsider: TTestMember;
};

/** A new workspace with one member per role (Olu Owner, Eda Editor, Chen Checker, Vic Viewer, in that order) and an outsider. */
export async function createWorkspaceTeam(db: TPrismaClient): Promise<TWorkspaceTeam> {
  const workspace = await createWorkspace(db, `Desk ${nextWorkspaceNumber()}`);
  const workspaceId = workspace.id;
  return {
    workspaceId,
    workspaceName: workspace.name,
    owner: await createTestMember(db, workspaceId, "owner", "Olu Owner"),
    editor: await createTestMember(db, workspaceId, "editor", "Eda Editor"),
    checker: await createTestMember(db, workspaceId, "checker", "Chen Checker"),
    viewer: await createTestMember(db, workspaceId, "viewer", "Vic Viewer"),
    outsider: await createTestOutsider(db, "Out Sider"),
  };
}

/** A person's role in a workspace, or null when they are not a member. */
export const membershipRole = async (db: TDbClient, workspaceId: string, userId: string) =>
  (await db.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } } }))?.role ?? null;
