import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TRole } from "../../permissions/roles";
import { addMembership } from "../members/add-membership";
import { LOCAL_OWNER } from "../actor";
import { setBoardVisibility } from "../boards/set-board-visibility";
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
    // Only accounts made now get a membership: an owner who removed a demo
    // account (or changed its role) keeps that decision across restarts.
    if (await db.user.findUnique({ where: { email: demo.email }, select: { id: true } })) continue;
    await auth.api.signUpEmail({
      body: { name: demo.name, email: demo.email, password: DEMO_PASSWORD },
      // A direct call has no request; Better Auth still wants a host to resolve its base URL.
      headers: new Headers({ host: "localhost" }),
    });
    created.push(demo.email);
    // By its address: sign-up answers a taken one (another instance seeding meanwhile) with a look-alike user.
    const userId = (await db.user.findUniqueOrThrow({ where: { email: demo.email }, select: { id: true } })).id;
    // The first account of an empty install was already made owner by the sign-up hook.
    const existing = await db.membership.findUnique({ where: { workspaceId_userId: { workspaceId: workspace.id, userId } } });
    if (existing) continue;
    await db.$transaction((tx) => addMembership(tx, LOCAL_OWNER, { workspaceId: workspace.id, userId, role: demo.role, reason: "demo team" }));
  }
  if (created.length === DEMO_USERS.length) {
    // A fresh demo install shows readers what a published fact-check looks like.
    const seeded = await db.board.findMany({ where: { workspaceId: workspace.id, seedKey: { not: null } }, select: { id: true } });
    for (const board of seeded) await setBoardVisibility(db, LOCAL_OWNER, board.id, "public");
  }
  return { created };
}
