import "server-only";
import { verifyPassword } from "better-auth/crypto";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TRole } from "../../permissions/roles";
import { DEMO_PASSWORD, DEMO_USERS } from "../seed/seed-demo-team";

export type TDemoAccount = { role: TRole; name: string; email: string };

// Whether a stored hash is the demo password, by hash: a changed password has a new hash, so this
// never answers from stale knowledge, and each hash is checked (scrypt, slow on purpose) only once.
const demoPasswordByHash = new Map<string, boolean>();
const MAX_REMEMBERED = 64;

async function isDemoPassword(hash: string): Promise<boolean> {
  const known = demoPasswordByHash.get(hash);
  if (known !== undefined) return known;
  const matches = await verifyPassword({ hash, password: DEMO_PASSWORD });
  if (demoPasswordByHash.size >= MAX_REMEMBERED) demoPasswordByHash.clear();
  demoPasswordByHash.set(hash, matches);
  return matches;
}

/**
 * The seed's demo accounts that exist in this install right now and still sign in with the demo
 * password, for the sign-in page to mention, asked at request time. None on an install that was
 * never seeded with them, or once each was removed or had its password changed.
 */
export async function listDemoAccounts(db: TPrismaClient): Promise<TDemoAccount[]> {
  const users = await db.user.findMany({
    where: { email: { in: DEMO_USERS.map((demo) => demo.email) } },
    select: { email: true, name: true, accounts: { where: { providerId: "credential" }, select: { password: true } } },
  });
  const usable = new Set<string>();
  for (const user of users) {
    const hash = user.accounts[0]?.password;
    if (hash && (await isDemoPassword(hash))) usable.add(user.email);
  }
  return DEMO_USERS.filter((demo) => usable.has(demo.email)).map(({ role, email }) => ({
    role,
    email,
    name: users.find((user) => user.email === email)!.name,
  }));
}
