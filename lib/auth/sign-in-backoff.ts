/**
 * The per-account sign-in backoff, as a pure rule. Every attempt for an email
 * address counts until a sign-in succeeds; after the first few, each one makes
 * the next wait, doubling up to a cap. Attempts are counted before the password
 * is checked, so a burst sent at once (from any number of addresses or
 * instances) gets no more tries than one sent slowly.
 */
export const SIGN_IN_BACKOFF = {
  /** Attempts that need no wait between them. */
  freeAttempts: 5,
  /** The wait after the last free attempt; it doubles with each attempt after it. */
  firstWaitSeconds: 30,
  maxWaitSeconds: 15 * 60,
  /** A count with no attempt for this long starts again from zero. */
  forgetAfterSeconds: 24 * 60 * 60,
} as const;

export type TSignInThrottle = { attempts: number; lockedUntil: number; lastAttemptAt: number };

export type TSignInDecision = { allowed: true; next: TSignInThrottle } | { allowed: false; retryAfterSeconds: number };

/** The wait that follows the n-th consecutive attempt (n from 1). */
export function waitAfterAttempt(attempts: number): number {
  const { freeAttempts, firstWaitSeconds, maxWaitSeconds } = SIGN_IN_BACKOFF;
  if (attempts < freeAttempts) return 0;
  return Math.min(maxWaitSeconds, firstWaitSeconds * 2 ** (attempts - freeAttempts));
}

/** Whether an attempt may be evaluated now (times in epoch milliseconds), and the state it leaves. */
export function decideSignInAttempt(state: TSignInThrottle | null, now: number): TSignInDecision {
  const current = state && now - state.lastAttemptAt < SIGN_IN_BACKOFF.forgetAfterSeconds * 1000 ? state : null;
  if (current && now < current.lockedUntil) {
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((current.lockedUntil - now) / 1000)) };
  }
  const attempts = (current?.attempts ?? 0) + 1;
  const wait = waitAfterAttempt(attempts);
  return { allowed: true, next: { attempts, lockedUntil: wait ? now + wait * 1000 : 0, lastAttemptAt: now } };
}
