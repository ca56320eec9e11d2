import { describe, expect, it } from "vitest";
import { decideSignInAttempt, SIGN_IN_BACKOFF, waitAfterAttempt, type TSignInThrottle } from "./sign-in-backoff";

describe("the per-account sign-in backoff", () => {
  it("lets the first attempts through at once, then doubles the wait up to the cap", () => {
    expect([1, 2, 3, 4].map(waitAfterAttempt)).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10, 30].map(waitAfterAttempt)).toEqual([30, 60, 120, 240, 480, 900, 900]);
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

  it("allows at most 100 attempts an hour on one account (OWASP ASVS 2.2.1)", () => {
    let state: TSignInThrottle | null = null;
    let allowed = 0;
    for (let now = 0; now < 3_600_000; now += 1000) {
      const decision = decideSignInAttempt(state, now);
      if (decision.allowed) {
        allowed++;
        state = decision.next;
      }
    }
    expect(allowed).toBeLessThanOrEqual(100);
    expect(allowed).toBe(12);
  });
});
