import "server-only";
import { createHmac } from "node:crypto";
import {
  ACCOUNT_SIGN_IN_BACKOFF,
  decideSignInAttempt,
  SIGN_IN_BACKOFF,
  type TSignInBackoffRule,
  type TSignInDecision,
} from "../../auth/sign-in-backoff";
import type { TDbClient, TPrismaClient } from "../../db/prisma-client";

/** The two counts an attempt adds to: its account from its client address, and its account from anywhere. */
export type TSignInThrottleKeys = { pair: string; account: string };

export type TSignInAttemptDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number; scope: "address" | "account" };

const hmac = (secret: string, text: string) => createHmac("sha256", secret).update(text).digest("base64url");
const normalEmail = (email: string) => email.trim().toLowerCase();

/** The throttle keys for an email address and client address: HMACs, so the table holds no address, real or guessed. */
export function signInThrottleKeys(secret: string, email: string, clientAddress: string | null): TSignInThrottleKeys {
  const account = `sign-in:${normalEmail(email)}`;
  // JSON keeps the two parts apart whatever characters they hold.
  return { account: hmac(secret, account), pair: hmac(secret, JSON.stringify([account, clientAddress ?? "unknown"])) };
}

/** Locks the key's row (creating it) and decides one attempt on it under `rule`; stores the count only when `store`. */
async function lockAndDecide(tx: TDbClient, key: string, rule: TSignInBackoffRule, now: () => number) {
  await tx.$executeRaw`INSERT INTO "SignInThrottle" ("key", "attempts", "lockedUntil", "lastAttemptAt") VALUES (${key}, 0, 0, 0) ON CONFLICT ("key") DO NOTHING`;
  // Takes the row's write lock before reading it (a no-op update, as elsewhere in lib/data).
  await tx.$executeRaw`UPDATE "SignInThrottle" SET "attempts" = "attempts" WHERE "key" = ${key}`;
  const row = await tx.signInThrottle.findUniqueOrThrow({ where: { key } });
  const state = { attempts: row.attempts, lockedUntil: Number(row.lockedUntil), lastAttemptAt: Number(row.lastAttemptAt) };
  // Read once the lock is held, so attempts that queued for it are timed in the order they count.
  return decideSignInAttempt(state, now(), rule);
}

async function store(tx: TDbClient, key: string, decision: Extract<TSignInDecision, { allowed: true }>) {
  const { attempts, lockedUntil, lastAttemptAt } = decision.next;
  await tx.signInThrottle.update({ where: { key }, data: { attempts, lockedUntil: BigInt(lockedUntil), lastAttemptAt: BigInt(lastAttemptAt) } });
}

/**
 * Counts a sign-in attempt before its password is checked, or refuses it while
 * a backoff runs: the strict one for this account from this client address, or
 * the looser one for this account from anywhere. A refused attempt counts on
 * neither. The rows are locked for the decision (always in the same order), so
 * instances sharing the database count every attempt once.
 */
export async function claimSignInAttempt(db: TPrismaClient, keys: TSignInThrottleKeys, clock: () => number = Date.now): Promise<TSignInAttemptDecision> {
  return db.$transaction(async (tx) => {
    const account = await lockAndDecide(tx, keys.account, ACCOUNT_SIGN_IN_BACKOFF, clock);
    const pair = await lockAndDecide(tx, keys.pair, SIGN_IN_BACKOFF, clock);
    if (!pair.allowed) return { allowed: false, retryAfterSeconds: pair.retryAfterSeconds, scope: "address" } as const;
    if (!account.allowed) return { allowed: false, retryAfterSeconds: account.retryAfterSeconds, scope: "account" } as const;
    await store(tx, keys.account, account);
    await store(tx, keys.pair, pair);
    return { allowed: true } as const;
  });
}

/** A successful sign-in clears its account's counts (both), and counts nobody has touched for a day. */
export async function clearSignInAttempts(db: TPrismaClient, keys: TSignInThrottleKeys, now = Date.now()): Promise<void> {
  const forgotten = BigInt(now - SIGN_IN_BACKOFF.forgetAfterSeconds * 1000);
  await db.signInThrottle.deleteMany({ where: { OR: [{ key: { in: [keys.account, keys.pair] } }, { lastAttemptAt: { lt: forgotten } }] } });
}
