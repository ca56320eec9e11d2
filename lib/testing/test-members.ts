// Members for integration tests: a User row (as Better Auth would create it)
// with a role in one workspace, and the actor the data layer sees for them.
import { randomUUID } from "node:crypto";
import type { TActor } from "../data/actor";
import type { TPrismaClient } from "../db/prisma-client";
import type { TRole } from "../permissions/roles";

export type TTestMember = { userId: string; name: string; role: TRole; actor: TActor };

export async function createTestMember(
  db: TPrismaClient,
  workspaceId: string,
  role: TRole,
  name = `Test ${role}`,
): Promise<TTestMember> {
  const userId = randomUUID().replaceAll("-", "");
  await db.user.create({ data: { id: userId, name, email: `${userId}@example.test` } });
  await db.membership.create({ data: { workspaceId, userId, role } });
  return { userId, name, role, actor: { userId, roles: { [workspaceId]: role } } };
}

/** Someone signed in but outside every workspace. */
export async function createTestOutsider(db: TPrismaClient, name = "Outsider"): Promise<TTestMember & { role: never }> {
  const userId = randomUUID().replaceAll("-", "");
  await db.user.create({ data: { id: userId, name, email: `${userId}@example.test` } });
  return { userId, name, role: undefined as never, actor: { userId, roles: {} } };
}
