import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TRole } from "../../permissions/roles";
import { recordActivity } from "../activity/record-activity";
import type { TAuth } from "../auth/create-auth";
import { DEMO_WORKSPACE } from "./import-seed-board";

// One demo account per role, for trying the team workflow locally. The README
// lists them; they are never created when NODE_ENV=production unless
// CLAIMGRAPH_DEMO=1.
export const DEMO_PASSWORD = "claimgraph-demo";
export const DEMO_USERS: readonly { role: TRole; name: string; email: string }[] = [
  { role: "owner", name: "Olu Owner", email: "owner@demo.claimgraph.test" },
  { role: "editor", name: "Eda Editor", email: "editor@demo.claimgraph.test" },
  { role: "checker", name: "Chen Checker", email: "checker@demo.claimgraph.test" },
  { role: "viewer", name: "Vic Viewer", email: "viewer@demo.claimgraph.test" },
];

export function demoTeamWanted(env: Record<string, string | undefined> = process.env): boolean {
  return env.NODE_ENV !== "production" || env.CLAIMGRAPH_DEMO === "1";
}

/**
 * Creates the demo accounts (through Better Auth, so passwords are hashed as
 * for any sign-up) with their roles in the demo workspace, and makes the
 * demo workspace's seeded boards public the first time. Idempotent.
 */
export async function seedDemoTeam(db: TPrismaClient, auth: TAuth): Promise<{ created: string[] }> {
  const workspace = await db.workspace.upsert({
    where: { slug: DEMO_WORKSPACE.slug },
    update: {},
    create: DEMO_WORKSPACE,
    select: { id: true },
  });
  const created: string[] = [];
  for (const demo of DEMO_USERS) {
    let user = await db.user.findUnique({ where: { email: demo.email }, select: { id: true } });
    if (!user) {
      const result = await auth.api.signUpEmail({
        body: { name: demo.name, email: demo.email, password: DEMO_PASSWORD },
        // A direct call has no request; Better Auth still wants a host to resolve its base URL.
        headers: new Headers({ host: "localhost" }),
      });
      user = { id: result.user.id };
      created.push(demo.email);
    }
    const existing = await db.membership.findUnique({
      where: { workspaceId_userId: { workspaceId: workspace.id, userId: user.id } },
    });
    if (existing) continue;
    await db.$transaction(async (tx) => {
      const membership = await tx.membership.create({ data: { workspaceId: workspace.id, userId: user.id, role: demo.role } });
      await recordActivity(tx, { userId: null, roles: {} }, {
        boardId: null,
        workspaceId: workspace.id,
        entityType: "membership",
        entityId: membership.id,
        action: "created",
        before: null,
        after: { userId: user.id, name: demo.name, role: demo.role, reason: "demo team" },
      });
    });
  }
  if (created.length === DEMO_USERS.length) {
    // A fresh demo install shows readers what a published fact-check looks like.
    await db.board.updateMany({ where: { workspaceId: workspace.id, seedKey: { not: null } }, data: { visibility: "public" } });
  }
  return { created };
}
