/**
 * The sign-in backoff, as a pure rule. Every attempt counts until a sign-in
 * succeeds; after the first few, each one makes the next wait, doubling up to a
 * cap. Attempts are counted before the password is checked, so a burst sent at
 * once (from any number of addresses or instances) gets no more tries than one
 * sent slowly.
 *
 * It is kept twice: per (account, client address), strict, so one address's
 * guesses cannot lock the owner out when signing in from elsewhere; and per
 * account whatever the address, ten times looser, so guessing from many
 * addresses is still slowed.
 */
export type TSignInBackoffRule = {
  readonly freeAttempts: number;
  readonly firstWaitSeconds: number;
  readonly maxWaitSeconds: number;
  readonly forgetAfterSeconds: number;
};

/** Per account and client address. */
export const SIGN_IN_BACKOFF = {
  /** Attempts that need no wait between them. */
  freeAttempts: 5,
  /** The wait after the last free attempt; it doubles with each attempt after it. */
  firstWaitSeconds: 30,
  maxWaitSeconds: 15 * 60,
  /** A count with no attempt for this long starts again from zero. */
  forgetAfterSeconds: 24 * 60 * 60,
} as const satisfies TSignInBackoffRule;

/** Per account, from any address: ten times the per-address allowance before waits begin. */
export const ACCOUNT_SIGN_IN_BACKOFF = {
  ...SIGN_IN_BACKOFF,
  freeAttempts: SIGN_IN_BACKOFF.freeAttempts * 10,
} as const satisfies TSignInBackoffRule;

export type TSignInThrottle = { attempts: number; lockedUntil: number; lastAttemptAt: number };

export type TSignInDecision = { allowed: true; next: TSignInThrottle } | { allowed: false; retryAfterSeconds: number };

/** The wait that follows the n-th consecutive attempt (n from 1). */
export function waitAfterAttempt(attempts: number, rule: TSignInBackoffRule = SIGN_IN_BACKOFF): number {
  const { freeAttempts, firstWaitSeconds, maxWaitSeconds } = rule;
  if (attempts < freeAttempts) return 0;
  return Math.min(maxWaitSeconds, firstWaitSeconds * 2 ** (attempts - freeAttempts));
}

/** Whether an attempt may be evaluated now (times in epoch milliseconds), and the state it leaves. */
export function decideSignInAttempt(state: TSignInThrottle | null, now: number, rule: TSignInBackoffRule = SIGN_IN_BACKOFF): TSignInDecision {
  const current = state && now - state.lastAttemptAt < rule.forgetAfterSeconds * 1000 ? state : null;
  if (current && now < current.lockedUntil) {
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((current.lockedUntil - now) / 1000)) };
  }
  const attempts = (current?.attempts ?? 0) + 1;
  const wait = waitAfterAttempt(attempts, rule);
  return { allowed: true, next: { attempts, lockedUntil: wait ? now + wait * 1000 : 0, lastAttemptAt: now } };
}
