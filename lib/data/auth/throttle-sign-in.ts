import "server-only";
import { createHmac } from "node:crypto";
import { decideSignInAttempt, SIGN_IN_BACKOFF, type TSignInDecision } from "../../auth/sign-in-backoff";
import type { TPrismaClient } from "../../db/prisma-client";

/** The throttle key for an email address: an HMAC, so the table holds no address, real or guessed. */
export function signInThrottleKey(secret: string, email: string): string {
  return createHmac("sha256", secret).update(`sign-in:${email.trim().toLowerCase()}`).digest("base64url");
}

/**
 * Counts a sign-in attempt for one account before its password is checked, or
 * refuses it while the account's backoff runs. The row is locked for the
 * decision, so instances sharing the database count every attempt once.
 */
export async function claimSignInAttempt(db: TPrismaClient, key: string, clock: () => number = Date.now): Promise<TSignInDecision> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`INSERT INTO "SignInThrottle" ("key", "attempts", "lockedUntil", "lastAttemptAt") VALUES (${key}, 0, 0, 0) ON CONFLICT ("key") DO NOTHING`;
    // Takes the row's write lock before reading it (a no-op update, as elsewhere in lib/data).
    await tx.$executeRaw`UPDATE "SignInThrottle" SET "attempts" = "attempts" WHERE "key" = ${key}`;
    const row = await tx.signInThrottle.findUniqueOrThrow({ where: { key } });
    const state = { attempts: row.attempts, lockedUntil: Number(row.lockedUntil), lastAttemptAt: Number(row.lastAttemptAt) };
    // Read once the lock is held, so attempts that queued for it are timed in the order they count.
    const decision = decideSignInAttempt(state, clock());
    if (decision.allowed) {
      const { attempts, lockedUntil, lastAttemptAt } = decision.next;
      await tx.signInThrottle.update({
        where: { key },
        data: { attempts, lockedUntil: BigInt(lockedUntil), lastAttemptAt: BigInt(lastAttemptAt) },
      });
    }
    return decision;
  });
}

/** A successful sign-in clears its account's count, and counts nobody has touched for a day. */
export async function clearSignInAttempts(db: TPrismaClient, key: string, now = Date.now()): Promise<void> {
  const forgotten = BigInt(now - SIGN_IN_BACKOFF.forgetAfterSeconds * 1000);
  await db.signInThrottle.deleteMany({ where: { OR: [{ key }, { lastAttemptAt: { lt: forgotten } }] } });
}
