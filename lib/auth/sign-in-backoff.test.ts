import { describe, expect, it } from "vitest";
import { ACCOUNT_SIGN_IN_BACKOFF, decideSignInAttempt, SIGN_IN_BACKOFF, waitAfterAttempt, type TSignInBackoffRule, type TSignInThrottle } from "./sign-in-backoff";

describe("the sign-in backoff", () => {
  it("lets the first attempts through at once, then doubles the wait up to the cap", () => {
    expect([1, 2, 3, 4].map((n) => waitAfterAttempt(n))).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10, 30].map((n) => waitAfterAttempt(n))).toEqual([30, 60, 120, 240, 480, 900, 900]);
  });

  it("refuses an attempt during the wait, with the seconds left, and counts nothing", () => {
    let state: TSignInThrottle | null = null;
    const start = 1_000_000;
    for (let i = 0; i < SIGN_IN_BACKOFF.freeAttempts; i++) {
      const decision = decideSignInAttempt(state, start + i);
      if (!decision.allowed) throw new Error("a free attempt was refused");
      state = decision.next;
    }
    expect(state).toEqual({ attempts: 5, lockedUntil: start + 4 + 30_000, lastAttemptAt: start + 4 });
    expect(decideSignInAttempt(state, start + 10_004)).toEqual({ allowed: false, retryAfterSeconds: 20 });
    const after = decideSignInAttempt(state, start + 30_004);
    expect(after).toEqual({ allowed: true, next: { attempts: 6, lockedUntil: start + 30_004 + 60_000, lastAttemptAt: start + 30_004 } });
  });

  it("forgets a count after a day without attempts", () => {
    const old = { attempts: 9, lockedUntil: 0, lastAttemptAt: 0 };
    const decision = decideSignInAttempt(old, SIGN_IN_BACKOFF.forgetAfterSeconds * 1000);
    expect(decision).toMatchObject({ allowed: true, next: { attempts: 1, lockedUntil: 0 } });
  });

  function allowedInAnHour(rule: TSignInBackoffRule): number {
    let state: TSignInThrottle | null = null;
    let allowed = 0;
    for (let now = 0; now < 3_600_000; now += 1000) {
      const decision = decideSignInAttempt(state, now, rule);
      if (decision.allowed) {
        allowed++;
        state = decision.next;
      }
    }
    return allowed;
  }

  it("allows 12 attempts an hour from one address at one account", () => {
    expect(allowedInAnHour(SIGN_IN_BACKOFF)).toBe(12);
  });

  it("allows ten times the free attempts on one account from anywhere, and at most 100 an hour (OWASP ASVS 2.2.1)", () => {
    expect(ACCOUNT_SIGN_IN_BACKOFF.freeAttempts).toBe(10 * SIGN_IN_BACKOFF.freeAttempts);
    expect([49, 50, 51].map((n) => waitAfterAttempt(n, ACCOUNT_SIGN_IN_BACKOFF))).toEqual([0, 30, 60]);
    const allowed = allowedInAnHour(ACCOUNT_SIGN_IN_BACKOFF);
    expect(allowed).toBeLessThanOrEqual(100);
    expect(allowed).toBe(57);
  });
});
