import "server-only";
import { randomUUID } from "node:crypto";
import type { TPrismaClient } from "../../db/prisma-client";

class Rehearsal extends Error {}

/**
 * The database work of creating an account (a user, its password account, the
 * first-owner check), rolled back: sign-up for a taken address then takes about
 * as long as for a new one, besides answering the same. Better Auth already
 * hashes the password in both cases.
 */
export async function rehearseAccountCreation(db: TPrismaClient): Promise<void> {
  const id = randomUUID();
  try {
    await db.$transaction(async (tx) => {
      await tx.user.findUnique({ where: { email: `${id}@rehearsal.invalid` } });
      await tx.user.create({ data: { id, name: "rehearsal", email: `${id}@rehearsal.invalid` } });
      await tx.account.create({ data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: "rehearsal" } });
      await tx.membership.count();
      throw new Rehearsal();
    });
  } catch (error) {
    if (!(error instanceof Rehearsal)) throw error;
  }
}
